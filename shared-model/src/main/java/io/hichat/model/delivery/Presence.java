package io.hichat.model.delivery;

import java.time.Duration;

/**
 * The presence directory and the delivery channels: the contract between whoever knows where a user
 * is connected (the WebSocket connectors write it) and whoever has something to push (consumers,
 * functions read it and publish).
 *
 * <h2>Directory (Redis)</h2>
 *
 * <ul>
 *   <li>{@code presence:user:<userId>} — a hash, one field per live connection: field = connection
 *       id, value = {@code <connectorId>|<deviceId>|<expiresAtMillis>}. The whole key expires
 *       {@link #TTL} after the last refresh. A connector refreshes its entries every {@link
 *       #REFRESH} and removes a connection's field when it closes, only if the field is still its
 *       own.
 *   <li>An entry whose {@code expiresAtMillis} is in the past is stale (its connector died) and is
 *       ignored by readers.
 *   <li>A user is online when at least one fresh entry exists.
 * </ul>
 *
 * <h2>Delivery (Redis pub/sub)</h2>
 *
 * <ul>
 *   <li>{@code delivery:connector:<connectorId>} — one channel per connector. A publisher groups
 *       the receivers by connector and publishes one {@link Push} per connector, naming only the
 *       receivers that connector holds. No broadcast to the fleet.
 *   <li>Pushes are best effort: a client that misses one catches up by pulling (sync endpoints).
 * </ul>
 */
public final class Presence {

  public static final Duration TTL = Duration.ofMinutes(5);
  public static final Duration REFRESH = Duration.ofMinutes(2);

  private Presence() {}

  public static String userKey(long userId) {
    return "presence:user:" + userId;
  }

  public static String channel(String connectorId) {
    return "delivery:connector:" + connectorId;
  }

  /** The value of one connection's field. */
  public static String entry(String connectorId, String deviceId, long expiresAtMillis) {
    return connectorId + "|" + (deviceId == null ? "" : deviceId) + "|" + expiresAtMillis;
  }

  /** The connector of an entry that is still fresh at {@code nowMillis}, else {@code null}. */
  public static String freshConnector(String entry, long nowMillis) {
    if (entry == null) {
      return null;
    }
    int first = entry.indexOf('|');
    int last = entry.lastIndexOf('|');
    if (first <= 0 || last <= first) {
      return null;
    }
    try {
      long expires = Long.parseLong(entry.substring(last + 1));
      return expires > nowMillis ? entry.substring(0, first) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
