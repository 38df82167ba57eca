package io.hichat.functions.social.domain;

import java.time.Duration;
import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * The relation caches in Redis: {@code frd:<userId>} (a user's friends) and {@code
 * grp:mem:<groupId>} (a group's members), each a set that readers load from MySQL, with a hash of
 * per-member versions beside it ({@code …:ver}). An event changes a member only if its version is
 * newer than the one recorded for that member, so an old event arriving late never undoes a newer
 * change. A set that is not loaded is left alone (the next reader loads the truth); the version is
 * still recorded.
 */
@Component
public class RelationCache {

  public static final Duration TTL = Duration.ofHours(1);

  private static final String APPLY =
      """
      local current = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
      if tonumber(ARGV[2]) <= current then return 0 end
      redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
      redis.call('EXPIRE', KEYS[2], ARGV[4])
      if redis.call('EXISTS', KEYS[1]) == 1 then
        if ARGV[3] == 'add' then redis.call('SADD', KEYS[1], ARGV[1])
        else redis.call('SREM', KEYS[1], ARGV[1]) end
      end
      return 1
      """;

  private final RedissonClient redis;

  public RelationCache(RedissonClient redis) {
    this.redis = redis;
  }

  public static String friendsKey(long userId) {
    return "frd:" + userId;
  }

  public static String membersKey(long groupId) {
    return "grp:mem:" + groupId;
  }

  /** Returns whether the change was newer than what the cache had seen for this member. */
  public boolean apply(String setKey, long member, boolean add, long version) {
    Long applied =
        redis
            .getScript(StringCodec.INSTANCE)
            .eval(
                RScript.Mode.READ_WRITE,
                APPLY,
                RScript.ReturnType.LONG,
                List.<Object>of(setKey, setKey + ":ver"),
                Long.toString(member),
                Long.toString(version),
                add ? "add" : "rem",
                Long.toString(TTL.toSeconds()));
    return applied != null && applied == 1;
  }

  /** Forgets a whole set (a disbanded group). */
  public void drop(String setKey) {
    redis.getKeys().delete(setKey, setKey + ":ver");
  }
}
