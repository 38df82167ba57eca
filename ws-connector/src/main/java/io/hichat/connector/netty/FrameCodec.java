package io.hichat.connector.netty;

import io.hichat.connector.Json;
import io.hichat.connector.frame.ClientFrame;
import io.hichat.connector.frame.FrameDecoder;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.ws.Frame;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.List;

/**
 * WebSocket frames to typed client frames and server {@link Frame}s to text frames. Text frames are
 * decoded once, here ({@link FrameDecoder}); a binary frame is answered with an error.
 */
@ChannelHandler.Sharable
public final class FrameCodec extends MessageToMessageCodec<WebSocketFrame, Frame> {

  @Override
  protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) {
    if (frame instanceof TextWebSocketFrame) {
      out.add(FrameDecoder.decode(ByteBufUtil.getBytes(frame.content())));
    } else {
      out.add(
          new ClientFrame.Invalid(
              null, ErrorCode.BAD_REQUEST, "only JSON text frames are accepted"));
    }
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, Frame frame, List<Object> out) {
    out.add(new TextWebSocketFrame(Unpooled.wrappedBuffer(Json.mapper().writeValueAsBytes(frame))));
  }
}
