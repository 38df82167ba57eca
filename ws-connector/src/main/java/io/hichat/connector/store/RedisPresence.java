package io.hichat.connector.store;

import io.hichat.connector.chat.Presences;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.PresenceWriter;
import io.hichat.model.delivery.Presence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.redisson.api.BatchResult;
import org.redisson.api.RBatch;
import org.redisson.api.RMapAsync;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The presence directory in Redis ({@link Presence}, docs/delivery.md): this connector writes its
 * connections' entries, renews them in pipelined batches, removes each on close only if it is still
 * this connection's, and looks other users up the way the functions' {@code PresenceDirectory} does
 * (stale entries ignored, one round trip per {@value #BATCH} users).
 */
public final class RedisPresence implements PresenceWriter, Presences {

  static final int BATCH = 500;

  /**
   * Removes KEYS[1]'s field ARGV[1] only while its value starts with ARGV[2] ({@code
   * <connectorId>|<deviceId>|}): the entry this connection wrote, whatever expiry a refresh has put
   * in it since.
   */
  static final String REMOVE_OWN =
      """
      local v = redis.call('HGET', KEYS[1], ARGV[1])
      if v and string.sub(v, 1, string.len(ARGV[2])) == ARGV[2] then
        return redis.call('HDEL', KEYS[1], ARGV[1])
      end
      return 0
      """;

  private final RedissonClient redis;
  private final String connectorId;
  private final Clock clock;

  public RedisPresence(RedissonClient redis, String connectorId, Clock clock) {
    this.redis = redis;
    this.connectorId = connectorId;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Void> register(Connection connection) {
    RBatch batch = redis.createBatch();
    put(batch, connection, clock.millis() + Presence.TTL.toMillis());
    return batch.executeAsync().thenApply(r -> null);
  }

  @Override
  public CompletionStage<Void> unregister(Connection connection) {
    return redis
        .getScript(StringCodec.INSTANCE)
        .<Long>evalAsync(
            RScript.Mode.READ_WRITE,
            REMOVE_OWN,
            RScript.ReturnType.LONG,
            List.of(Presence.userKey(connection.userId())),
            connection.id(),
            ownPrefix(connection))
        .thenApply(r -> null);
  }

  /**
   * Rewrites the live connections' entries with a new expiry. A connection that closed while its
   * entry was being rewritten has it removed again afterwards, so a refresh never revives one.
   */
  @Override
  public CompletionStage<Void> refresh(Collection<Connection> connections) {
    List<Connection> live = connections.stream().filter(c -> !c.isClosed()).toList();
    long expires = clock.millis() + Presence.TTL.toMillis();
    List<CompletableFuture<Void>> done = new ArrayList<>();
    for (int from = 0; from < live.size(); from += BATCH) {
      List<Connection> slice = live.subList(from, Math.min(live.size(), from + BATCH));
      RBatch batch = redis.createBatch();
      slice.forEach(c -> put(batch, c, expires));
      done.add(
          batch
              .executeAsync()
              .thenCompose(
                  r ->
                      CompletableFuture.allOf(
                          slice.stream()
                              .filter(Connection::isClosed)
                              .map(c -> unregister(c).toCompletableFuture())
                              .toArray(CompletableFuture[]::new)))
              .toCompletableFuture());
    }
    return CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
  }

  @Override
  public CompletionStage<Map<String, List<Long>>> byConnector(Collection<Long> userIds) {
    List<Long> users = List.copyOf(new LinkedHashSet<>(userIds));
    List<CompletableFuture<Map<String, List<Long>>>> parts = new ArrayList<>();
    for (int from = 0; from < users.size(); from += BATCH) {
      List<Long> slice = users.subList(from, Math.min(users.size(), from + BATCH));
      RBatch batch = redis.createBatch();
      for (Long user : slice) {
        batch
            .<String, String>getMap(Presence.userKey(user), StringCodec.INSTANCE)
            .readAllValuesAsync();
      }
      parts.add(
          batch.executeAsync().thenApply(result -> group(slice, result)).toCompletableFuture());
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .thenApply(
            v -> {
              Map<String, List<Long>> out = new HashMap<>();
              for (CompletableFuture<Map<String, List<Long>>> part : parts) {
                part.join()
                    .forEach((c, us) -> out.computeIfAbsent(c, k -> new ArrayList<>()).addAll(us));
              }
              return out;
            });
  }

  private Map<String, List<Long>> group(List<Long> slice, BatchResult<?> result) {
    long now = clock.millis();
    Map<String, List<Long>> out = new HashMap<>();
    for (int i = 0; i < slice.size(); i++) {
      Object values = result.getResponses().get(i);
      if (!(values instanceof Collection<?> entries)) {
        continue;
      }
      LinkedHashSet<String> connectors = new LinkedHashSet<>();
      for (Object entry : entries) {
        String connector = Presence.freshConnector(String.valueOf(entry), now);
        if (connector != null) {
          connectors.add(connector);
        }
      }
      for (String connector : connectors) {
        out.computeIfAbsent(connector, k -> new ArrayList<>()).add(slice.get(i));
      }
    }
    return out;
  }

  private void put(RBatch batch, Connection connection, long expiresAt) {
    RMapAsync<String, String> map =
        batch.getMap(Presence.userKey(connection.userId()), StringCodec.INSTANCE);
    map.fastPutAsync(
        connection.id(), Presence.entry(connectorId, connection.deviceId(), expiresAt));
    map.expireAsync(Presence.TTL);
  }

  private String ownPrefix(Connection connection) {
    return connectorId + "|" + connection.deviceId() + "|";
  }
}
