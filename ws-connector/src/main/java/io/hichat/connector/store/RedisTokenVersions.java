package io.hichat.connector.store;

import io.hichat.connector.auth.TokenVersions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Token versions as the functions keep them: Redis caches {@code users.token_version} under {@link
 * #key}; a miss reads MySQL (off the event loop) and fills the cache only if it is still empty, so
 * a slow reader never puts an old version back over a writer's newer one.
 */
public final class RedisTokenVersions implements TokenVersions {

  /** The functions' {@code RedisKeys.TOKEN_VERSION_TTL}. */
  static final Duration TTL = Duration.ofMinutes(10);

  private final RedissonClient redis;
  private final BlockingSql sql;

  public RedisTokenVersions(RedissonClient redis, BlockingSql sql) {
    this.redis = redis;
    this.sql = sql;
  }

  /** The functions' {@code RedisKeys.tokenVersion}: owned by the accounts domain. */
  public static String key(long userId) {
    return "auth:tokver:" + userId;
  }

  @Override
  public CompletionStage<Integer> current(long userId) {
    RBucket<String> cached = redis.getBucket(key(userId), StringCodec.INSTANCE);
    return cached
        .getAsync()
        .thenCompose(
            value -> {
              if (value != null) {
                return CompletableFuture.completedFuture(Integer.parseInt(value));
              }
              return sql.tokenVersion(userId)
                  .thenCompose(
                      stored -> {
                        int version = stored.orElse(DELETED);
                        return cached
                            .setIfAbsentAsync(Integer.toString(version), TTL)
                            .thenApply(set -> version);
                      });
            });
  }
}
