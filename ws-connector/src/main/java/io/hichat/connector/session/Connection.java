package io.hichat.connector.session;

import io.hichat.connector.ConnectorConfig;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One upgraded WebSocket: its user and device, and the little state the connector keeps for it. The
 * identity is the handshake's, never a payload field. Everything but {@link #push} and {@link
 * #close} runs on the channel's event loop; those two hop onto it. The frame memory, the un-acked
 * pushes and the send bucket are allocated on first use, so an idle connection costs a few fields.
 */
public final class Connection {

  /** Close codes the connector uses (RFC 6455 §7.4 and the private range). */
  public static final int CLOSE_IDLE = 1000;

  public static final int CLOSE_GOING_AWAY = 1001;
  public static final int CLOSE_POLICY = 1008;
  public static final int CLOSE_TRY_LATER = 1013;
  public static final int CLOSE_REPLACED = 4001;
  public static final int CLOSE_REVOKED = 4003;

  private static final AttributeKey<Connection> KEY = AttributeKey.valueOf("hichat.connection");

  private final String id;
  private final long userId;
  private final String deviceId;
  private final Channel channel;
  private final ConnectorConfig.Tuning tuning;
  private RecentFrames recent;
  private Unacked unacked;
  private ScheduledFuture<?> repushTimer;
  private TokenBucket sends;
  private volatile boolean closed;

  Connection(
      String id, long userId, String deviceId, Channel channel, ConnectorConfig.Tuning tuning) {
    this.id = id;
    this.userId = userId;
    this.deviceId = deviceId;
    this.channel = channel;
    this.tuning = tuning;
  }

  /** The connection of an upgraded channel, or {@code null} before the upgrade. */
  public static Connection of(Channel channel) {
    return channel.attr(KEY).get();
  }

  void attach() {
    channel.attr(KEY).set(this);
  }

  public String id() {
    return id;
  }

  public long userId() {
    return userId;
  }

  public String deviceId() {
    return deviceId;
  }

  public Channel channel() {
    return channel;
  }

  public boolean isClosed() {
    return closed || !channel.isActive();
  }

  /** The ids of recent request frames and their outcomes. */
  public RecentFrames recent() {
    if (recent == null) {
      recent = new RecentFrames();
    }
    return recent;
  }

  /** Takes one token from this connection's {@code chat.user} bucket; false when it is empty. */
  public boolean trySend() {
    long now = nanoTime();
    if (sends == null) {
      sends = new TokenBucket(tuning.sendBurst(), now);
    }
    return sends.tryTake(tuning.sendPerSecond(), tuning.sendBurst(), now);
  }

  /**
   * Writes a server frame (already JSON) from any thread. A frame with a {@code trackId} is a chat
   * message frame: it is kept until the client acks that id and pushed again when it does not.
   */
  public void push(byte[] frame, String trackId) {
    pushAll(List.of(new Pushed(frame, trackId)));
  }

  /** One frame to push and the id to keep it under until acked ({@code null}: not kept). */
  public record Pushed(byte[] frame, String trackId) {}

  /** Pushes several frames in order, with one task on the event loop and one flush. */
  public void pushAll(List<Pushed> frames) {
    channel
        .eventLoop()
        .execute(
            () -> {
              for (Pushed p : frames) {
                write(p.frame(), p.trackId());
              }
              if (!isClosed()) {
                channel.flush();
              }
            });
  }

  private void write(byte[] frame, String trackId) {
    if (isClosed()) {
      return;
    }
    channel.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(frame)));
    if (trackId == null) {
      return;
    }
    if (unacked == null) {
      unacked = new Unacked();
    }
    if (unacked.track(trackId, frame, nanoTime()) > tuning.maxUnacked()) {
      close(CLOSE_POLICY, "too many unacknowledged messages");
      return;
    }
    if (repushTimer == null) {
      scheduleRepush();
    }
  }

  /** The client holds the pushed frame with this id (event loop only). */
  public void confirm(String pushedId) {
    if (unacked != null) {
      unacked.confirm(pushedId);
    }
  }

  /** How many pushed chat frames wait for the client's ack (event loop only). */
  public int unackedCount() {
    return unacked == null ? 0 : unacked.size();
  }

  private void scheduleRepush() {
    long timeout = tuning.pushAckTimeout().toNanos();
    repushTimer = channel.eventLoop().schedule(this::repush, timeout, TimeUnit.NANOSECONDS);
  }

  private void repush() {
    repushTimer = null;
    if (isClosed() || unacked == null) {
      return;
    }
    List<byte[]> again =
        unacked.due(nanoTime(), tuning.pushAckTimeout().toNanos(), tuning.pushRetries());
    for (byte[] frame : again) {
      channel.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(frame)));
    }
    if (!again.isEmpty()) {
      channel.flush();
    }
    if (!unacked.isEmpty()) {
      scheduleRepush();
    }
  }

  /** The event loop's clock (a test's frozen one in memory). */
  private long nanoTime() {
    return channel.eventLoop().ticker().nanoTime();
  }

  /** Sends a close frame with {@code code} and closes the socket, from any thread. */
  public void close(int code, String reason) {
    channel
        .eventLoop()
        .execute(
            () -> {
              if (!channel.isActive()) {
                return;
              }
              closed = true;
              channel
                  .writeAndFlush(new CloseWebSocketFrame(code, reason))
                  .addListener(ChannelFutureListener.CLOSE);
            });
  }

  /** The socket is gone: drops what was kept for it (event loop only). */
  void released() {
    closed = true;
    if (repushTimer != null) {
      repushTimer.cancel(false);
      repushTimer = null;
    }
    unacked = null;
    recent = null;
  }
}
