package io.hichat.connector.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.ConnectorConfig;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectionTest {

  static final ConnectorConfig.Tuning D = ConnectorConfig.Tuning.defaults();
  static final ConnectorConfig.Tuning TUNING =
      new ConnectorConfig.Tuning(
          D.idleTimeout(),
          D.presenceRefresh(),
          Duration.ofSeconds(5),
          3,
          4,
          D.unwritableGrace(),
          D.sendPerSecond(),
          D.sendBurst(),
          0,
          D.nativeTransport());

  final EmbeddedChannel channel = frozen();
  final Connection connection = new Sessions("ws-test", TUNING).open(channel, 1, "default");

  static EmbeddedChannel frozen() {
    EmbeddedChannel channel = new EmbeddedChannel();
    channel.freezeTime();
    return channel;
  }

  List<String> written() {
    channel.runPendingTasks();
    List<String> out = new ArrayList<>();
    Object msg;
    while ((msg = channel.readOutbound()) != null) {
      if (msg instanceof TextWebSocketFrame text) {
        out.add(text.text());
        text.release();
      } else if (msg instanceof CloseWebSocketFrame close) {
        out.add("close " + close.statusCode());
        close.release();
      }
    }
    return out;
  }

  void after(int seconds) {
    channel.advanceTimeBy(seconds, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void unackedChatFrame_isPushedAgainAfterTheTimeout_upToTheRetries() {
    connection.push(bytes("m1"), "m1");
    assertThat(written()).containsExactly("m1");

    after(5);
    assertThat(written()).containsExactly("m1");
    after(5);
    after(5);
    assertThat(written()).containsExactly("m1", "m1");
    after(5);

    assertThat(written()).isEmpty();
    assertThat(connection.unackedCount()).isZero();
  }

  @Test
  void ackedChatFrame_isNotPushedAgain() {
    connection.push(bytes("m1"), "m1");
    connection.push(bytes("m2"), "m2");
    written();

    connection.confirm("m1");
    after(5);

    assertThat(written()).containsExactly("m2");
  }

  @Test
  void untrackedFrame_isNeverPushedAgain() {
    connection.push(bytes("notify"), null);
    written();

    after(20);

    assertThat(written()).isEmpty();
  }

  @Test
  void tooManyUnackedFrames_closeTheConnectionWith1008() {
    for (int i = 1; i <= 5; i++) {
      connection.push(bytes("m" + i), "m" + i);
    }

    assertThat(written()).contains("close 1008");
    assertThat(channel.isActive()).isFalse();
  }

  @Test
  void pushToAClosedConnection_isDropped() {
    channel.close();

    connection.push(bytes("m1"), "m1");

    assertThat(written()).isEmpty();
  }
}
