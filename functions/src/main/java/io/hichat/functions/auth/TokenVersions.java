package io.hichat.functions.auth;

import io.hichat.functions.common.RedisKeys;
import java.util.OptionalInt;
import java.util.function.LongFunction;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * A user's token version: tokens carry the version they were issued under and stop working when the
 * version moves (password reset) or the account is gone. MySQL holds the truth; Redis caches it.
 * Readers fill the cache only if it is empty and writers overwrite it after their commit, so a slow
 * reader can never put an old version back.
 */
public final class TokenVersions implements TokenVersionSource {

  public static final int DELETED = -1;

  private final RedissonClient redis;
  private final LongFunction<OptionalInt> database;

  /**
   * @param database reads {@code users.token_version}; empty when the user does not exist
   */
  public TokenVersions(RedissonClient redis, LongFunction<OptionalInt> database) {
    this.redis = redis;
    this.database = database;
  }

  @Override
  public int current(long userId) {
    RBucket<String> cached = bucket(userId);
    String value = cached.get();
    if (value != null) {
      return Integer.parseInt(value);
    }
    int version = database.apply(userId).orElse(DELETED);
    cached.setIfAbsent(Integer.toString(version), RedisKeys.TOKEN_VERSION_TTL);
    return version;
  }

  /** Call after committing a new version (or a deletion, with {@link #DELETED}). */
  public void publish(long userId, int version) {
    bucket(userId).set(Integer.toString(version), RedisKeys.TOKEN_VERSION_TTL);
  }

  public void publishDeleted(long userId) {
    publish(userId, DELETED);
  }

  private RBucket<String> bucket(long userId) {
    return redis.getBucket(RedisKeys.tokenVersion(userId), StringCodec.INSTANCE);
  }
}
