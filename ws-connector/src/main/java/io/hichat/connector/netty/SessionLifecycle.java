package io.hichat.connector.netty;

import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Identity;
import io.hichat.connector.session.PresenceWriter;
import io.hichat.connector.session.Sessions;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's life: once the WebSocket handshake completes it is registered here (closing an
 * older connection of the same user and device with 4001) and in the presence directory; when the
 * socket closes it leaves both. During a drain a connection that completes its handshake is closed
 * at once with 1001.
 */
@ChannelHandler.Sharable
public final class SessionLifecycle extends ChannelInboundHandlerAdapter {

  private static final Logger log = LoggerFactory.getLogger(SessionLifecycle.class);

  private final Sessions sessions;
  private final PresenceWriter presence;
  private final BooleanSupplier draining;

  public SessionLifecycle(Sessions sessions, PresenceWriter presence, BooleanSupplier draining) {
    this.sessions = sessions;
    this.presence = presence;
    this.draining = draining;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
      Identity identity = Identity.take(ctx.channel());
      if (identity == null) {
        ctx.close();
        return;
      }
      Connection connection = sessions.open(ctx.channel(), identity.userId(), identity.deviceId());
      if (draining.getAsBoolean()) {
        connection.close(Connection.CLOSE_GOING_AWAY, "going away");
        return;
      }
      Connection replaced = sessions.register(connection);
      if (replaced != null) {
        replaced.close(Connection.CLOSE_REPLACED, "replaced by a newer connection");
      }
      presence
          .register(connection)
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  log.warn("presence of {} not written: {}", connection.id(), error.toString());
                }
              });
    }
    ctx.fireUserEventTriggered(event);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    Connection connection = Connection.of(ctx.channel());
    if (connection != null) {
      sessions.unregister(connection);
      presence
          .unregister(connection)
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  log.warn("presence of {} not removed: {}", connection.id(), error.toString());
                }
              });
    }
    ctx.fireChannelInactive();
  }
}
