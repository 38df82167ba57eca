package io.hichat.connector.netty;

import io.hichat.connector.ConnectorConfig;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * The connector's pipeline, one concern per handler:
 *
 * <pre>
 * idle (counts every byte read) → HTTP codec → aggregator (small: upgrade requests only)
 *   → routes (/health, 404) → handshake auth → outbound guard → WebSocket protocol (/ws)
 *   → WebSocket frame aggregator → session lifecycle → frame codec → heartbeat → dispatch
 * </pre>
 *
 * The sharable handlers are built once for all channels; the rest are a few small objects per
 * channel, and the HTTP ones leave the pipeline after the upgrade.
 */
public final class ConnectorInitializer extends ChannelInitializer<SocketChannel> {

  /** Netty's own limit: a WebSocket message beyond it closes the connection (1009). */
  public static final int MAX_WS_MESSAGE_BYTES = 1024 * 1024;

  /** The most bytes a slow client may owe beyond the low water mark before it is dropped. */
  public static final int MAX_PENDING_BYTES = 1024 * 1024;

  static final int MAX_UPGRADE_REQUEST_BYTES = 8 * 1024;

  private final ConnectorConfig.Tuning tuning;
  private final HttpRoutes routes;
  private final HandshakeAuth auth;
  private final SessionLifecycle lifecycle;
  private final FrameCodec codec = new FrameCodec();
  private final Heartbeat heartbeat = new Heartbeat();
  private final Dispatcher dispatcher;
  private final WebSocketServerProtocolConfig wsConfig =
      WebSocketServerProtocolConfig.newBuilder()
          .websocketPath(HttpRoutes.WS_PATH)
          .checkStartsWith(true)
          .handleCloseFrames(true)
          .dropPongFrames(true)
          .handshakeTimeoutMillis(10_000)
          .forceCloseTimeoutMillis(3_000)
          .decoderConfig(
              WebSocketDecoderConfig.newBuilder()
                  .maxFramePayloadLength(MAX_WS_MESSAGE_BYTES)
                  .allowExtensions(false)
                  .closeOnProtocolViolation(true)
                  .build())
          .build();

  public ConnectorInitializer(
      ConnectorConfig.Tuning tuning,
      HttpRoutes routes,
      HandshakeAuth auth,
      SessionLifecycle lifecycle,
      Dispatcher dispatcher) {
    this.tuning = tuning;
    this.routes = routes;
    this.auth = auth;
    this.lifecycle = lifecycle;
    this.dispatcher = dispatcher;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    ch.pipeline()
        .addLast(
            "idle",
            new IdleStateHandler(tuning.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
        .addLast("http", new HttpServerCodec())
        .addLast("aggregator", new HttpObjectAggregator(MAX_UPGRADE_REQUEST_BYTES))
        .addLast("routes", routes)
        .addLast("auth", auth)
        .addLast("outbound", new OutboundGuard(tuning.unwritableGrace(), MAX_PENDING_BYTES))
        .addLast("ws", new WebSocketServerProtocolHandler(wsConfig))
        .addLast("wsAggregator", new WebSocketFrameAggregator(MAX_WS_MESSAGE_BYTES))
        .addLast("session", lifecycle)
        .addLast("codec", codec)
        .addLast("heartbeat", heartbeat)
        .addLast("dispatch", dispatcher);
  }
}
