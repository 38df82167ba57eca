package io.hichat.connector.netty;

import io.hichat.connector.ConnectorConfig;
import io.hichat.connector.Json;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Sessions;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** In-memory channels past the upgrade, and their traffic as JSON. */
final class Wire {

  static final Sessions SESSIONS = new Sessions("ws-test", ConnectorConfig.Tuning.defaults());

  private Wire() {}

  /** A channel with these handlers and a connection of {@code userId} attached. */
  static EmbeddedChannel upgraded(long userId, ChannelHandler... handlers) {
    EmbeddedChannel channel = new EmbeddedChannel(handlers);
    connection(channel, userId);
    return channel;
  }

  static Connection connection(EmbeddedChannel channel, long userId) {
    Connection existing = Connection.of(channel);
    return existing != null ? existing : SESSIONS.open(channel, userId, "default");
  }

  static void send(EmbeddedChannel channel, String json) {
    channel.writeInbound(new TextWebSocketFrame(json));
    channel.runPendingTasks();
  }

  /** The frames written so far, parsed; close frames are skipped. */
  static List<JsonNode> written(EmbeddedChannel channel) {
    channel.runPendingTasks();
    List<JsonNode> out = new ArrayList<>();
    Object msg;
    while ((msg = channel.readOutbound()) != null) {
      if (msg instanceof TextWebSocketFrame text) {
        out.add(Json.mapper().readTree(text.text()));
      }
      if (msg instanceof WebSocketFrame frame) {
        frame.release();
      }
    }
    return out;
  }

  /** The status code of the close frame written, or -1 when none was. */
  static int closeCode(EmbeddedChannel channel) {
    channel.runPendingTasks();
    Object msg;
    int code = -1;
    while ((msg = channel.readOutbound()) != null) {
      if (msg instanceof CloseWebSocketFrame close) {
        code = close.statusCode();
      }
      if (msg instanceof WebSocketFrame frame) {
        frame.release();
      }
    }
    return code;
  }

  static String text(TextWebSocketFrame frame) {
    return new String(ByteBufUtil.getBytes(frame.content()), StandardCharsets.UTF_8);
  }
}
