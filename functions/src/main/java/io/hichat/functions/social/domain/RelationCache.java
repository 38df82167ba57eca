package io.hichat.functions.social.domain;

import io.hichat.model.delivery.RelationKeys;
import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the relation caches that gate sending ({@link RelationKeys}: {@code frd:}, {@code blk:},
 * {@code grp:mem:}) in step with MySQL. Readers load a missing set themselves, guarded by its
 * generation; this class is the writers' side:
 *
 * <ul>
 *   <li>{@link #apply} — a relation event: a per-member version hash beside the set ({@code …:ver})
 *       lets a change through only if its version is newer than the last one seen for that member,
 *       so an old event arriving late never undoes a newer change. A loaded set is changed in
 *       place; a set that is not loaded is left missing and its generation moves, so a loader that
 *       read MySQL before the change cannot write its stale result.
 *   <li>{@link #invalidateAfterCommit} — right after a commit that takes a relation away (block,
 *       unfriend, kick, quit, disband): the set is dropped and its generation moves, so the next
 *       send is gated on the new truth at once rather than when the event arrives.
 * </ul>
 */
@Component
public class RelationCache {

  private static final Logger log = LoggerFactory.getLogger(RelationCache.class);

  private static final String APPLY =
      """
      local current = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
      if tonumber(ARGV[2]) <= current then return 0 end
      redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
      redis.call('EXPIRE', KEYS[2], ARGV[4])
      if redis.call('EXISTS', KEYS[1]) == 1 then
        if ARGV[3] == 'add' then redis.call('SADD', KEYS[1], ARGV[1])
        else redis.call('SREM', KEYS[1], ARGV[1]) end
      else
        redis.call('INCR', KEYS[3])
        redis.call('EXPIRE', KEYS[3], ARGV[5])
      end
      return 1
      """;

  private final RedissonClient redis;

  public RelationCache(RedissonClient redis) {
    this.redis = redis;
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
                List.<Object>of(setKey, versions(setKey), RelationKeys.generation(setKey)),
                Long.toString(member),
                Long.toString(version),
                add ? "add" : "rem",
                Long.toString(RelationKeys.TTL.toSeconds()),
                Long.toString(RelationKeys.generationTtl().toSeconds()));
    return applied != null && applied == 1;
  }

  /** Forgets a set and moves its generation ({@link RelationKeys#INVALIDATE_SCRIPT}). */
  public void drop(String setKey) {
    redis
        .getScript(StringCodec.INSTANCE)
        .eval(
            RScript.Mode.READ_WRITE,
            RelationKeys.INVALIDATE_SCRIPT,
            RScript.ReturnType.LONG,
            List.<Object>of(setKey, RelationKeys.generation(setKey)),
            Long.toString(RelationKeys.generationTtl().toSeconds()));
  }

  /**
   * Drops the sets once the current transaction commits (at once when there is none). Best effort:
   * a failure is logged, and the relation event that follows the change (or the set's expiry, for
   * blocks) still brings the cache in line; the chat consumer re-checks MySQL meanwhile.
   */
  public void invalidateAfterCommit(String... setKeys) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              dropQuietly(setKeys);
            }
          });
    } else {
      dropQuietly(setKeys);
    }
  }

  private void dropQuietly(String... setKeys) {
    for (String key : setKeys) {
      try {
        drop(key);
      } catch (RuntimeException e) {
        log.warn("could not invalidate relation cache {}", key, e);
      }
    }
  }

  /** The per-member versions of a set: owned here, expiring with the set's TTL. */
  static String versions(String setKey) {
    return setKey + ":ver";
  }
}
