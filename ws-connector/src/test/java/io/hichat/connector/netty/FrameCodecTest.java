package io.hichat.connector.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.frame.ClientFrame;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.ws.Frame;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

  final EmbeddedChannel channel = new EmbeddedChannel(new FrameCodec());

  @Test
  void textFrame_isDecodedToAClientFrame() {
    channel.writeInbound(new TextWebSocketFrame("{\"id\":\"a\",\"frameType\":3}"));

    assertThat(channel.<Object>readInbound()).isEqualTo(new ClientFrame.Ack("a"));
  }

  @Test
  void binaryFrame_isABadRequest() {
    channel.writeInbound(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1, 2})));

    ClientFrame.Invalid frame = channel.readInbound();
    assertThat(frame.code()).isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void serverFrame_isWrittenAsJsonWithoutNulls() {
    channel.writeOutbound(Frame.error("x", 200409, "method does not exist"));

    TextWebSocketFrame text = channel.readOutbound();
    assertThat(text.text())
        .isEqualTo(
            "{\"id\":\"x\",\"frameType\":2,\"data\":{\"code\":200409,\"msg\":\"method does not exist\"}}");
    text.release();
  }
}
