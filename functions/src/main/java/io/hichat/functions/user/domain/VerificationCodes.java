package io.hichat.functions.user.domain;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.common.RedisKeys;
import io.hichat.model.api.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RBucket;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Service;

/**
 * Six-digit verification codes: sent at most once a minute and ten times a day per target
 * (Redisson's rate limiter), valid five minutes, used up by a successful check, and dropped after
 * five wrong guesses.
 */
@Service
public class VerificationCodes {

  static final int MAX_WRONG_GUESSES = 5;

  private final RedissonClient redis;
  private final CodeSender sender;
  private final SecureRandom random = new SecureRandom();

  public VerificationCodes(RedissonClient redis, CodeSender sender) {
    this.redis = redis;
    this.sender = sender;
  }

  /**
   * Sends a new code, replacing any earlier one.
   *
   * @return the code when the provider reveals codes (dev mode)
   */
  public Optional<String> send(Channel channel, String target) {
    acquire(RedisKeys.codeRatePerMinute(channel.key(), target), 1, Duration.ofMinutes(1));
    acquire(RedisKeys.codeRatePerDay(channel.key(), target), 10, Duration.ofDays(1));
    String code = String.format("%06d", random.nextInt(1_000_000));
    codeBucket(channel, target).set(code, RedisKeys.VERIFICATION_CODE_TTL);
    failures(channel, target).delete();
    sender.send(channel, target, code);
    return sender.revealsCodes() ? Optional.of(code) : Optional.empty();
  }

  /**
   * Checks a code and uses it up.
   *
   * @throws DomainException {@link ErrorCode#CODE_INVALID} when it is wrong, expired or used
   */
  public void consume(Channel channel, String target, String code) {
    RBucket<String> bucket = codeBucket(channel, target);
    String stored = bucket.get();
    if (stored == null) {
      throw new DomainException(ErrorCode.CODE_INVALID);
    }
    boolean matches =
        MessageDigest.isEqual(
            stored.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8));
    if (!matches) {
      RAtomicLong wrong = failures(channel, target);
      long count = wrong.incrementAndGet();
      wrong.expire(RedisKeys.VERIFICATION_CODE_TTL);
      if (count >= MAX_WRONG_GUESSES) {
        bucket.compareAndSet(stored, null);
        wrong.delete();
      }
      throw new DomainException(ErrorCode.CODE_INVALID);
    }
    // only one of two concurrent checks of the same code wins
    if (!bucket.compareAndSet(stored, null)) {
      throw new DomainException(ErrorCode.CODE_INVALID);
    }
    failures(channel, target).delete();
  }

  private void acquire(String key, long permits, Duration interval) {
    RRateLimiter limiter = redis.getRateLimiter(key);
    limiter.trySetRate(RateType.OVERALL, permits, interval, interval.multipliedBy(2));
    if (!limiter.tryAcquire()) {
      throw new DomainException(ErrorCode.CODE_RATE_LIMITED);
    }
  }

  private RBucket<String> codeBucket(Channel channel, String target) {
    return redis.getBucket(RedisKeys.verificationCode(channel.key(), target), StringCodec.INSTANCE);
  }

  private RAtomicLong failures(Channel channel, String target) {
    return redis.getAtomicLong(RedisKeys.verificationFailures(channel.key(), target));
  }
}
