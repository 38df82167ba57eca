package io.hichat.functions.user.domain;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.common.RedisKeys;
import io.hichat.model.api.ErrorCode;
import java.time.Duration;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Service;

/**
 * Slows password guessing per phone: after five failures within 15 minutes, each further failure
 * locks the phone out for twice as long as the one before (1, 2, 4 ... minutes, at most an hour). A
 * success clears the count.
 */
@Service
public class LoginGuard {

  static final int FREE_FAILURES = 5;
  static final Duration MAX_LOCK = Duration.ofHours(1);

  private final RedissonClient redis;

  public LoginGuard(RedissonClient redis) {
    this.redis = redis;
  }

  public void checkNotLocked(String phone) {
    long remaining = lock(phone).remainTimeToLive();
    if (remaining > 0 || remaining == -1) {
      long seconds = Math.max(1, remaining / 1000);
      throw new DomainException(
          ErrorCode.LOGIN_LOCKED, "too many failed logins, try again in " + seconds + " s");
    }
  }

  public void recordFailure(String phone) {
    RAtomicLong failures = redis.getAtomicLong(RedisKeys.loginFailures(phone));
    long count = failures.incrementAndGet();
    failures.expire(RedisKeys.LOGIN_FAILURE_WINDOW);
    if (count >= FREE_FAILURES) {
      lock(phone).set("1", lockFor(count));
    }
  }

  public void recordSuccess(String phone) {
    redis.getAtomicLong(RedisKeys.loginFailures(phone)).delete();
  }

  static Duration lockFor(long failures) {
    long exponent = Math.min(failures - FREE_FAILURES, 10);
    Duration lock = Duration.ofMinutes(1L << exponent);
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }

  private RBucket<String> lock(String phone) {
    return redis.getBucket(RedisKeys.loginLock(phone), StringCodec.INSTANCE);
  }
}
