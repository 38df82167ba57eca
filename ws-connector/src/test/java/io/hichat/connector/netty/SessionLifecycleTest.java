package io.hichat.connector.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.ConnectorConfig;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Identity;
import io.hichat.connector.session.PresenceWriter;
import io.hichat.connector.session.Sessions;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class SessionLifecycleTest {

  static final class RecordingPresence implements PresenceWriter {
    final List<String> log = new ArrayList<>();

    @Override
    public CompletionStage<Void> register(Connection c) {
      log.add("add " + c.id());
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> unregister(Connection c) {
      log.add("remove " + c.id());
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> refresh(Collection<Connection> connections) {
      return CompletableFuture.completedFuture(null);
    }
  }

  final Sessions sessions = new Sessions("ws-test", ConnectorConfig.Tuning.defaults());
  final RecordingPresence presence = new RecordingPresence();
  boolean draining;

  EmbeddedChannel upgrade(long userId, String device) {
    EmbeddedChannel channel =
        new EmbeddedChannel(new SessionLifecycle(sessions, presence, () -> draining));
    new Identity(userId, device).attach(channel);
    channel
        .pipeline()
        .fireUserEventTriggered(
            new WebSocketServerProtocolHandler.HandshakeComplete(
                "/ws", new DefaultHttpHeaders(), null));
    channel.runPendingTasks();
    return channel;
  }

  @Test
  void completedHandshake_registersTheConnectionHereAndInPresence() {
    EmbeddedChannel channel = upgrade(9, "web");

    Connection connection = Connection.of(channel);
    assertThat(connection.userId()).isEqualTo(9);
    assertThat(connection.deviceId()).isEqualTo("web");
    assertThat(sessions.of(9)).containsExactly(connection);
    assertThat(presence.log).containsExactly("add " + connection.id());
  }

  @Test
  void secondConnectionOfTheSameDevice_replacesTheFirstWith4001() {
    EmbeddedChannel first = upgrade(9, "web");
    EmbeddedChannel other = upgrade(9, "phone");
    EmbeddedChannel second = upgrade(9, "web");
    first.runPendingTasks();

    assertThat(Wire.closeCode(first)).isEqualTo(Connection.CLOSE_REPLACED);
    assertThat(sessions.of(9))
        .containsExactlyInAnyOrder(Connection.of(other), Connection.of(second));
    assertThat(sessions.size()).isEqualTo(2);
  }

  @Test
  void closedSocket_leavesTheSessionsAndPresence() {
    EmbeddedChannel channel = upgrade(9, "web");
    Connection connection = Connection.of(channel);

    channel.close();
    channel.runPendingTasks();

    assertThat(sessions.of(9)).isEmpty();
    assertThat(sessions.size()).isZero();
    assertThat(presence.log).containsExactly("add " + connection.id(), "remove " + connection.id());
  }

  @Test
  void replacedConnectionClosingLate_doesNotUnregisterItsSuccessor() {
    EmbeddedChannel first = upgrade(9, "web");
    EmbeddedChannel second = upgrade(9, "web");

    first.close();
    first.runPendingTasks();

    assertThat(sessions.of(9)).containsExactly(Connection.of(second));
  }

  @Test
  void handshakeCompletingDuringADrain_isClosedWith1001() {
    draining = true;

    EmbeddedChannel channel = upgrade(9, "web");

    assertThat(Wire.closeCode(channel)).isEqualTo(Connection.CLOSE_GOING_AWAY);
    assertThat(sessions.of(9)).isEmpty();
    assertThat(presence.log).noneMatch(line -> line.startsWith("add"));
  }
}
