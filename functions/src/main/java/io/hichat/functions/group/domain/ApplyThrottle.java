package io.hichat.functions.group.domain;

import java.time.Duration;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * At most one application per user and group per minute (SEED-SPEC §5.14). Redis key {@code
 * grp:apply:<groupId>:<userId>}, owned by groups, set with a 60 s TTL by the attempt it admits;
 * losing it only lets one more application through.
 */
@Component
public class ApplyThrottle {

  public static final Duration WINDOW = Duration.ofSeconds(60);

  private final RedissonClient redis;

  public ApplyThrottle(RedissonClient redis) {
    this.redis = redis;
  }

  public static String key(long groupId, long userId) {
    return "grp:apply:" + groupId + ":" + userId;
  }

  /** Whether this attempt may go ahead; it holds the window when it may. */
  public boolean tryAcquire(long groupId, long userId) {
    return redis.getBucket(key(groupId, userId), StringCodec.INSTANCE).setIfAbsent("1", WINDOW);
  }

  /** Gives the window back, for an attempt that was refused before it wrote anything. */
  public void release(long groupId, long userId) {
    redis.getBucket(key(groupId, userId), StringCodec.INSTANCE).delete();
  }
}
