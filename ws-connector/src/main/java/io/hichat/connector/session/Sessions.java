package io.hichat.connector.session;

import io.hichat.connector.ConnectorConfig;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The connections this connector holds, by user: a cache of this node's part of the presence
 * directory, used to deliver pushes. A user may have several devices; a second connection of the
 * same (user, device) replaces the first.
 */
public final class Sessions {

  private static final Connection[] NONE = new Connection[0];

  private final String connectorId;
  private final ConnectorConfig.Tuning tuning;
  private final String nonce;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicInteger count = new AtomicInteger();
  private final ConcurrentHashMap<Long, Connection[]> byUser = new ConcurrentHashMap<>();

  public Sessions(String connectorId, ConnectorConfig.Tuning tuning) {
    this.connectorId = connectorId;
    this.tuning = tuning;
    // connection ids stay unique across restarts of a connector with the same id
    this.nonce = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
  }

  public String connectorId() {
    return connectorId;
  }

  /** A new connection for an upgraded channel, attached to it but not registered yet. */
  public Connection open(Channel channel, long userId, String deviceId) {
    String id = nonce + "-" + Long.toString(sequence.incrementAndGet(), 36);
    Connection connection = new Connection(id, userId, deviceId, channel, tuning);
    connection.attach();
    return connection;
  }

  /**
   * Registers a connection; returns the connection of the same user and device it replaces, which
   * the caller closes, or {@code null}.
   */
  public Connection register(Connection connection) {
    Connection[] replaced = new Connection[1];
    byUser.compute(
        connection.userId(),
        (user, current) -> {
          List<Connection> next = new ArrayList<>(current == null ? 1 : current.length + 1);
          if (current != null) {
            for (Connection c : current) {
              if (c.deviceId().equals(connection.deviceId())) {
                replaced[0] = c;
              } else {
                next.add(c);
              }
            }
          }
          next.add(connection);
          return next.toArray(NONE);
        });
    if (replaced[0] == null) {
      count.incrementAndGet();
    }
    return replaced[0];
  }

  /** Removes a connection if it is still registered; returns whether it was. */
  public boolean unregister(Connection connection) {
    boolean[] removed = new boolean[1];
    byUser.computeIfPresent(
        connection.userId(),
        (user, current) -> {
          Connection[] next =
              Arrays.stream(current).filter(c -> c != connection).toArray(Connection[]::new);
          removed[0] = next.length != current.length;
          return next.length == 0 ? null : next;
        });
    if (removed[0]) {
      count.decrementAndGet();
    }
    var loop = connection.channel().eventLoop();
    if (loop.inEventLoop()) {
      connection.released();
    } else {
      loop.execute(connection::released);
    }
    return removed[0];
  }

  /** The user's connections on this connector (a snapshot; empty when none). */
  public Connection[] of(long userId) {
    Connection[] found = byUser.get(userId);
    return found == null ? NONE : found;
  }

  public int size() {
    return count.get();
  }

  public List<Connection> all() {
    List<Connection> out = new ArrayList<>(count.get());
    byUser.values().forEach(cs -> out.addAll(Arrays.asList(cs)));
    return out;
  }
}
