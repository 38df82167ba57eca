package io.hichat.connector.netty;

import io.hichat.connector.frame.ClientFrame;
import io.hichat.connector.session.Connection;
import io.hichat.model.ws.Frame;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * Liveness: a ping frame ({@code frameType} 1) is answered with a ping frame, and a connection that
 * has sent nothing at all for the idle timeout (the {@code IdleStateHandler} at the head of the
 * pipeline counts every byte, WebSocket pings and pongs included) is closed.
 */
@ChannelHandler.Sharable
public final class Heartbeat extends ChannelInboundHandlerAdapter {

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ClientFrame.Ping ping) {
      ctx.writeAndFlush(new Frame(ping.id(), null, Frame.PING, null, null, null, null));
      return;
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
      Connection connection = Connection.of(ctx.channel());
      if (connection != null) {
        connection.close(Connection.CLOSE_IDLE, "idle timeout");
      } else {
        ctx.close();
      }
      return;
    }
    ctx.fireUserEventTriggered(event);
  }
}
