package io.hichat.model.delivery;

import java.time.Duration;

/**
 * The relation caches in Redis that gate sending: who may message whom, read by the connectors on
 * every send and kept by the functions.
 *
 * <ul>
 *   <li>{@code frd:<userId>} — a set of the user's friends' ids;
 *   <li>{@code blk:<userId>} — a set of the ids the user has blocked;
 *   <li>{@code grp:mem:<groupId>} — a set of the group's current members' ids.
 * </ul>
 *
 * Each set, once loaded, holds {@link #LOADED} too, so a loaded empty set exists; a missing key
 * means "not loaded", never "empty". A reader that finds it missing loads it from MySQL: it reads
 * {@link #generation} first, queries, and writes the set only if the generation has not moved in
 * the meantime ({@link #LOAD_SCRIPT}). Every writer that changes a relation in MySQL, after its
 * commit, either applies the change to a loaded set or moves the generation ({@link #invalidate}),
 * so a slow loader can never put old state back. Sets expire after {@link #TTL}.
 */
public final class RelationKeys {

  public static final Duration TTL = Duration.ofHours(1);
  public static final String LOADED = "__loaded__";

  /**
   * Loads a set if it is still missing and its generation is unchanged. KEYS[1] the set, KEYS[2]
   * its generation; ARGV[1] the generation read before the query, ARGV[2] TTL seconds, ARGV[3..]
   * the members. Returns 1 when written.
   */
  public static final String LOAD_SCRIPT =
      """
      local gen = redis.call('GET', KEYS[2]) or '0'
      if gen ~= ARGV[1] or redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
      redis.call('SADD', KEYS[1], '__loaded__')
      for i = 3, #ARGV, 5000 do
        redis.call('SADD', KEYS[1], unpack(ARGV, i, math.min(i + 4999, #ARGV)))
      end
      redis.call('EXPIRE', KEYS[1], ARGV[2])
      return 1
      """;

  /**
   * Forgets a set and moves its generation: KEYS[1] the set, KEYS[2] its generation, ARGV[1] the
   * generation's TTL seconds.
   */
  public static final String INVALIDATE_SCRIPT =
      """
      redis.call('DEL', KEYS[1])
      redis.call('INCR', KEYS[2])
      redis.call('EXPIRE', KEYS[2], ARGV[1])
      return 1
      """;

  /**
   * Membership test: KEYS[1] the set; ARGV[1] the member. Returns 1 member, 0 not a member, -1 not
   * loaded.
   */
  public static final String CONTAINS_SCRIPT =
      """
      if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
      return redis.call('SISMEMBER', KEYS[1], ARGV[1])
      """;

  /**
   * Membership test in several sets at once (a chat send checks the peer's friends and blocks in
   * one round trip): KEYS the sets; ARGV[1] the member. Returns one answer per key, as {@link
   * #CONTAINS_SCRIPT} does.
   */
  public static final String CONTAINS_EACH_SCRIPT =
      """
      local out = {}
      for i, key in ipairs(KEYS) do
        if redis.call('EXISTS', key) == 0 then
          out[i] = -1
        else
          out[i] = redis.call('SISMEMBER', key, ARGV[1])
        end
      end
      return out
      """;

  private RelationKeys() {}

  public static String friends(long userId) {
    return "frd:" + userId;
  }

  public static String blocks(long userId) {
    return "blk:" + userId;
  }

  public static String members(long groupId) {
    return "grp:mem:" + groupId;
  }

  public static String generation(String setKey) {
    return setKey + ":gen";
  }

  /** The generation outlives the set, so a loader that started before a change sees it moved. */
  public static Duration generationTtl() {
    return TTL.multipliedBy(2);
  }
}
