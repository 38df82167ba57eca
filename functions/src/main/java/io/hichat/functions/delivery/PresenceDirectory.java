package io.hichat.functions.delivery;

import io.hichat.model.delivery.Presence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redisson.api.BatchResult;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * Reads the presence directory ({@link Presence}): who is online and which connectors hold them.
 * Looks many users up in one pipelined round trip per batch, never one call per user.
 */
@Component
public class PresenceDirectory {

  static final int BATCH = 500;

  private final RedissonClient redis;
  private final Clock clock;

  public PresenceDirectory(RedissonClient redis, Clock clock) {
    this.redis = redis;
    this.clock = clock;
  }

  /** For each user, whether they have at least one fresh connection. */
  public Map<Long, Boolean> online(Collection<Long> userIds) {
    Map<Long, Boolean> out = new LinkedHashMap<>();
    connectors(userIds).forEach((user, connectors) -> out.put(user, !connectors.isEmpty()));
    return out;
  }

  /** The users grouped by the connectors holding them; offline users are left out. */
  public Map<String, List<Long>> byConnector(Collection<Long> userIds) {
    Map<String, List<Long>> out = new HashMap<>();
    connectors(userIds)
        .forEach(
            (user, connectors) ->
                connectors.forEach(c -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(user)));
    return out;
  }

  /**
   * For each user, the connectors holding a fresh connection of theirs (empty when offline), for
   * publishers that send different data to different receivers after one lookup.
   */
  public Map<Long, Set<String>> connectors(Collection<Long> userIds) {
    List<Long> users = List.copyOf(new LinkedHashSet<>(userIds));
    Map<Long, Set<String>> out = new LinkedHashMap<>();
    long now = clock.millis();
    for (int from = 0; from < users.size(); from += BATCH) {
      List<Long> slice = users.subList(from, Math.min(users.size(), from + BATCH));
      RBatch batch = redis.createBatch();
      for (Long user : slice) {
        batch
            .<String, String>getMap(Presence.userKey(user), StringCodec.INSTANCE)
            .readAllValuesAsync();
      }
      BatchResult<?> result = batch.execute();
      for (int i = 0; i < slice.size(); i++) {
        Set<String> connectors = new LinkedHashSet<>();
        Object values = result.getResponses().get(i);
        if (values instanceof Collection<?> entries) {
          for (Object entry : entries) {
            String connector = Presence.freshConnector(String.valueOf(entry), now);
            if (connector != null) {
              connectors.add(connector);
            }
          }
        }
        out.put(slice.get(i), connectors);
      }
    }
    return out;
  }
}
