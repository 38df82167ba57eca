package io.hichat.connector.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.ConnectorConfig;
import io.hichat.connector.chat.WsException;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Sessions;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatAck;
import io.hichat.model.ws.Frame;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DispatcherTest {

  static final String SEND =
      "{\"id\":\"%s\",\"frameType\":%d,\"method\":\"chat.user\",\"data\":{\"chatType\":1,"
          + "\"recvId\":\"2\",\"msg\":{\"mType\":1,\"content\":\"hi\"}}}";

  final StubMethods methods = new StubMethods();
  final EmbeddedChannel channel =
      Wire.upgraded(7, new FrameCodec(), new Heartbeat(), new Dispatcher(methods));

  static String send(String id) {
    return SEND.formatted(id, Frame.DATA);
  }

  @Test
  void dataFrame_getsExactlyOneAckWithItsIdAndResult() {
    methods.answer = i -> CompletableFuture.completedFuture(new ChatAck("m1", "2_7"));

    Wire.send(channel, send("m1"));

    List<JsonNode> out = Wire.written(channel);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).path("frameType").asInt()).isEqualTo(Frame.ACK);
    assertThat(out.get(0).path("id").asString()).isEqualTo("m1");
    assertThat(out.get(0).path("data").path("conversationId").asString()).isEqualTo("2_7");
    assertThat(methods.calls).singleElement().satisfies(c -> assertThat(c.userId()).isEqualTo(7));
  }

  @Test
  void refusedCall_getsExactlyOneErrorWithItsIdAndCode() {
    methods.answer =
        i -> CompletableFuture.failedFuture(new WsException(ErrorCode.NOT_FRIEND_PEER));

    Wire.send(channel, send("m1"));

    List<JsonNode> out = Wire.written(channel);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).path("frameType").asInt()).isEqualTo(Frame.ERROR);
    assertThat(out.get(0).path("id").asString()).isEqualTo("m1");
    assertThat(out.get(0).path("data").path("code").asInt())
        .isEqualTo(ErrorCode.NOT_FRIEND_PEER.code());
  }

  @Test
  void callCompletingOnAnotherThread_isAnsweredOnTheEventLoop() {
    CompletableFuture<Object> later = new CompletableFuture<>();
    methods.answer = i -> later;
    Wire.send(channel, send("m1"));
    assertThat(Wire.written(channel)).isEmpty();

    Thread other = new Thread(() -> later.complete("done"));
    other.start();
    join(other);

    List<JsonNode> out = Wire.written(channel);
    assertThat(out)
        .singleElement()
        .satisfies(f -> assertThat(f.path("data").asString()).isEqualTo("done"));
  }

  @Test
  void repeatedId_afterCompletion_isAnsweredAgainIdenticallyAndProcessedOnce() {
    methods.answer = i -> CompletableFuture.completedFuture(new ChatAck("m1", "2_7"));

    Wire.send(channel, send("m1"));
    Wire.send(channel, send("m1"));

    List<JsonNode> out = Wire.written(channel);
    assertThat(out).hasSize(2);
    assertThat(out.get(1)).isEqualTo(out.get(0));
    assertThat(methods.calls).hasSize(1);
  }

  @Test
  void repeatedId_whileInFlight_getsTheSameSingleAnswerWhenTheFirstCompletes() {
    CompletableFuture<Object> later = new CompletableFuture<>();
    methods.answer = i -> later;

    Wire.send(channel, send("m1"));
    Wire.send(channel, send("m1"));
    assertThat(Wire.written(channel)).isEmpty();
    later.complete(new ChatAck("m1", "2_7"));

    List<JsonNode> out = Wire.written(channel);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).path("frameType").asInt()).isEqualTo(Frame.ACK);
    assertThat(out.get(1)).isEqualTo(out.get(0));
    assertThat(methods.calls).hasSize(1);
  }

  @Test
  void backingServiceFailure_isUnavailable_andTheSameIdMayBeRetried() {
    methods.answer = i -> CompletableFuture.failedFuture(new IllegalStateException("kafka down"));
    Wire.send(channel, send("m1"));
    methods.answer = i -> CompletableFuture.completedFuture(new ChatAck("m1", "2_7"));
    Wire.send(channel, send("m1"));

    List<JsonNode> out = Wire.written(channel);
    assertThat(out.get(0).path("data").path("code").asInt())
        .isEqualTo(ErrorCode.UNAVAILABLE.code());
    assertThat(out.get(1).path("frameType").asInt()).isEqualTo(Frame.ACK);
    assertThat(methods.calls).hasSize(2);
  }

  @Test
  void readCall_repeatedAfterCompletion_isRunAgain() {
    methods.answer = i -> CompletableFuture.completedFuture(List.of("3"));

    Wire.send(channel, "{\"id\":\"o1\",\"method\":\"user.online\"}");
    Wire.send(channel, "{\"id\":\"o1\",\"method\":\"user.online\"}");

    assertThat(Wire.written(channel)).hasSize(2);
    assertThat(methods.calls).hasSize(2);
  }

  @Test
  void chatPing_isAnsweredEachTime_withoutRememberingItsId() {
    methods.answer = i -> CompletableFuture.completedFuture("pong");

    Wire.send(channel, "{\"id\":\"p1\",\"method\":\"chat.ping\"}");
    Wire.send(channel, "{\"id\":\"p2\",\"frameType\":4,\"method\":\"chat.ping\"}");

    assertThat(Wire.written(channel))
        .singleElement()
        .satisfies(f -> assertThat(f.path("data").asString()).isEqualTo("pong"));
    assertThat(methods.calls).hasSize(2);
    assertThat(Connection.of(channel).recent().size()).isZero();
  }

  @Test
  void noAckFrame_succeeding_isNotAnswered() {
    Wire.send(channel, SEND.formatted("n1", Frame.NO_ACK));

    assertThat(Wire.written(channel)).isEmpty();
    assertThat(methods.calls).hasSize(1);
  }

  @Test
  void noAckFrame_failing_isReportedAsAnErrorWithItsId() {
    methods.answer =
        i -> CompletableFuture.failedFuture(new WsException(ErrorCode.REMOVED_FROM_GROUP));

    Wire.send(channel, SEND.formatted("n1", Frame.NO_ACK));

    assertThat(Wire.written(channel))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path("frameType").asInt()).isEqualTo(Frame.ERROR);
              assertThat(f.path("id").asString()).isEqualTo("n1");
            });
  }

  @Test
  void unknownMethod_isUnknownMethodWithTheId_andNothingIsCalled() {
    Wire.send(channel, "{\"id\":\"u1\",\"frameType\":0,\"method\":\"push.notify\",\"data\":{}}");

    assertThat(Wire.written(channel))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path("id").asString()).isEqualTo("u1");
              assertThat(f.path("data").path("code").asInt())
                  .isEqualTo(ErrorCode.UNKNOWN_METHOD.code());
            });
    assertThat(methods.calls).isEmpty();
  }

  @Test
  void malformedFrame_isAnswered_andTheChannelKeepsWorking() {
    Wire.send(channel, "{not json");
    Wire.send(channel, send("m2"));

    List<JsonNode> out = Wire.written(channel);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).path("data").path("code").asInt())
        .isEqualTo(ErrorCode.MALFORMED_JSON.code());
    assertThat(out.get(1).path("frameType").asInt()).isEqualTo(Frame.ACK);
    assertThat(channel.isActive()).isTrue();
  }

  @Test
  void sendsBeyondTheBurst_areRateLimited_withoutCallingAnything() {
    ConnectorConfig.Tuning d = ConnectorConfig.Tuning.defaults();
    ConnectorConfig.Tuning noRefill =
        new ConnectorConfig.Tuning(
            d.idleTimeout(),
            d.presenceRefresh(),
            d.pushAckTimeout(),
            d.pushRetries(),
            d.maxUnacked(),
            d.unwritableGrace(),
            0,
            3,
            0,
            d.nativeTransport());
    EmbeddedChannel limited =
        new EmbeddedChannel(new FrameCodec(), new Heartbeat(), new Dispatcher(methods));
    new Sessions("ws-test", noRefill).open(limited, 7, "default");

    for (int i = 0; i < 5; i++) {
      Wire.send(limited, send("s" + i));
    }

    List<JsonNode> out = Wire.written(limited);
    assertThat(out)
        .extracting(f -> f.path("frameType").asInt())
        .containsExactly(Frame.ACK, Frame.ACK, Frame.ACK, Frame.ERROR, Frame.ERROR);
    assertThat(out.get(3).path("data").path("code").asInt())
        .isEqualTo(ErrorCode.SEND_RATE_LIMITED.code());
    assertThat(methods.calls).hasSize(3);
  }

  @Test
  void rateLimitedId_mayBeSentAgainLater() {
    ConnectorConfig.Tuning d = ConnectorConfig.Tuning.defaults();
    ConnectorConfig.Tuning empty =
        new ConnectorConfig.Tuning(
            d.idleTimeout(),
            d.presenceRefresh(),
            d.pushAckTimeout(),
            d.pushRetries(),
            d.maxUnacked(),
            d.unwritableGrace(),
            0,
            0,
            0,
            d.nativeTransport());
    EmbeddedChannel limited =
        new EmbeddedChannel(new FrameCodec(), new Heartbeat(), new Dispatcher(methods));
    new Sessions("ws-test", empty).open(limited, 7, "default");

    Wire.send(limited, send("s1"));
    Wire.send(limited, send("s1"));

    assertThat(Wire.written(limited)).hasSize(2);
    assertThat(Connection.of(limited).recent().outcome("s1")).isNull();
  }

  @Test
  void ackFrame_confirmsAPushedChatFrame() {
    Connection connection = Connection.of(channel);
    connection.push("{\"id\":\"abc\"}".getBytes(), "abc");
    channel.runPendingTasks();
    assertThat(connection.unackedCount()).isEqualTo(1);

    Wire.send(channel, "{\"id\":\"abc\",\"frameType\":3}");

    assertThat(connection.unackedCount()).isZero();
  }

  @Test
  void pingFrame_isAnsweredWithAPingFrame() {
    Wire.send(channel, "{\"frameType\":1}");

    assertThat(Wire.written(channel))
        .singleElement()
        .satisfies(f -> assertThat(f.toString()).isEqualTo("{\"frameType\":1}"));
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
