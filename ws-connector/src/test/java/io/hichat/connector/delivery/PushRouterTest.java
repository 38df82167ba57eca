package io.hichat.connector.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.ConnectorConfig;
import io.hichat.connector.Json;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Sessions;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PushRouterTest {

  final Sessions sessions = new Sessions("ws-1", ConnectorConfig.Tuning.defaults());
  final PushRouter router = new PushRouter(sessions);

  EmbeddedChannel connect(long user, String device) {
    EmbeddedChannel channel = new EmbeddedChannel();
    sessions.register(sessions.open(channel, user, device));
    return channel;
  }

  static List<JsonNode> frames(EmbeddedChannel channel) {
    channel.runPendingTasks();
    List<JsonNode> out = new ArrayList<>();
    TextWebSocketFrame frame;
    while ((frame = channel.readOutbound()) != null) {
      out.add(Json.mapper().readTree(frame.text()));
      frame.release();
    }
    return out;
  }

  @Test
  void sessionRevoked_closesEverySocketOfTheUserWith4003_andWritesNoFrame() {
    EmbeddedChannel web = connect(5, "web");
    EmbeddedChannel phone = connect(5, "phone");
    EmbeddedChannel other = connect(6, "web");

    int closed =
        router.route(
            """
            {"pushId":"p9","method":"session.revoked","userIds":[5],
             "data":{"reason":"password_changed"}}""");

    assertThat(closed).isEqualTo(2);
    for (EmbeddedChannel channel : List.of(web, phone)) {
      channel.runPendingTasks();
      Object written = channel.readOutbound();
      assertThat(written).isInstanceOf(CloseWebSocketFrame.class);
      CloseWebSocketFrame close = (CloseWebSocketFrame) written;
      assertThat(close.statusCode()).isEqualTo(Connection.CLOSE_REVOKED);
      assertThat(close.reasonText()).isEqualTo("session revoked: password_changed");
      close.release();
      assertThat(channel.isOpen()).isFalse();
    }
    other.runPendingTasks();
    assertThat((Object) other.readOutbound()).isNull();
    assertThat(other.isOpen()).isTrue();
  }

  @Test
  void chatPush_reachesEveryDeviceOfTheUser_asAFrameWithMsgIdAndSender() {
    EmbeddedChannel web = connect(5, "web");
    EmbeddedChannel phone = connect(5, "phone");
    EmbeddedChannel other = connect(6, "web");

    int handed =
        router.route(
            """
            {"pushId":"p1","method":"","userIds":[5],"data":{"conversationId":"5_9","chatType":1,
             "sendId":"9","recvId":"5","sendTime":1,"contentType":0,"msgId":"m-1","seq":3,
             "msg":{"mType":1,"content":"hi"}}}""");

    assertThat(handed).isEqualTo(2);
    for (EmbeddedChannel channel : List.of(web, phone)) {
      JsonNode frame = frames(channel).get(0);
      assertThat(frame.path("id").asString()).isEqualTo("m-1");
      assertThat(frame.path("frameType").asInt()).isZero();
      assertThat(frame.path("method").asString()).isEmpty();
      assertThat(frame.path("formId").asString()).isEqualTo("9");
      assertThat(frame.path("data").path("msg").path("content").asString()).isEqualTo("hi");
      assertThat(Connection.of(channel).unackedCount()).isEqualTo(1);
    }
    assertThat(frames(other)).isEmpty();
  }

  @Test
  void readReceipt_isDelivered_butNotKeptForAnAck() {
    EmbeddedChannel web = connect(5, "web");

    router.route(
        "{\"pushId\":\"p2\",\"method\":\"\",\"userIds\":[5],\"data\":{\"contentType\":6,"
            + "\"sendId\":\"9\",\"conversationId\":\"5_9\"}}");

    assertThat(frames(web))
        .singleElement()
        .satisfies(f -> assertThat(f.path("id").asString()).isEqualTo("p2"));
    assertThat(Connection.of(web).unackedCount()).isZero();
  }

  @Test
  void systemPush_carriesThePushIdAndTheSystemSender() {
    EmbeddedChannel web = connect(5, "web");

    router.route(
        "{\"pushId\":\"p3\",\"method\":\"notify\",\"userIds\":[5,7],\"data\":{\"id\":\"17\"}}");

    assertThat(frames(web))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path("id").asString()).isEqualTo("p3");
              assertThat(f.path("method").asString()).isEqualTo("notify");
              assertThat(f.path("formId").asString()).isEqualTo("101");
              assertThat(f.path("data").path("id").asString()).isEqualTo("17");
            });
    assertThat(Connection.of(web).unackedCount()).isZero();
  }

  @Test
  void typingPush_carriesTheTypist() {
    EmbeddedChannel web = connect(5, "web");

    router.route(
        "{\"pushId\":\"p4\",\"method\":\"chat.typing\",\"userIds\":[5],\"data\":{\"conversationId\":\"5_9\","
            + "\"chatType\":1,\"recvId\":\"5\",\"sendId\":\"9\"}}");

    assertThat(frames(web))
        .singleElement()
        .satisfies(f -> assertThat(f.path("formId").asString()).isEqualTo("9"));
  }

  @Test
  void malformedPush_isDropped() {
    EmbeddedChannel web = connect(5, "web");

    assertThat(router.route("{nope")).isZero();
    assertThat(router.route("{\"pushId\":\"p\",\"userIds\":[5]}")).isZero();
    assertThat(frames(web)).isEmpty();
  }

  @Test
  void anArrayOfPushes_isDeliveredInItsOrder_eachToItsOwnReceivers() {
    EmbeddedChannel five = connect(5, "web");
    EmbeddedChannel six = connect(6, "web");

    int handed =
        router.route(
            """
            [{"pushId":"p1","method":"","userIds":[5],"data":{"contentType":0,"msgId":"m-1",
              "sendId":"6","seq":1}},
             {"pushId":"p2","method":"","userIds":[6],"data":{"contentType":7,"msgId":"m-1",
              "sendId":"6","seq":1}},
             {"pushId":"p3","method":"","userIds":[5],"data":{"contentType":0,"msgId":"m-2",
              "sendId":"6","seq":2}},
             {"pushId":"p4","userIds":[5]},
             {"pushId":"p5","method":"notify","userIds":[5,6],"data":{"id":"17"}}]""");

    assertThat(handed).isEqualTo(5);
    assertThat(frames(five))
        .extracting(f -> f.path("id").asString())
        .containsExactly("m-1", "m-2", "p5");
    assertThat(Connection.of(five).unackedCount()).isEqualTo(2);
    assertThat(frames(six)).extracting(f -> f.path("id").asString()).containsExactly("m-1", "p5");
    assertThat(Connection.of(six).unackedCount()).isEqualTo(1);
    assertThat(router.route("[{\"pushId\":")).isZero();
  }

  @Test
  void relationChanged_letsTheConnectorForgetItsPermissions_beforeTheFrameGoesOut() {
    List<Integer> framesSeenByHook = new ArrayList<>();
    EmbeddedChannel web = connect(5, "web");
    PushRouter withHook = new PushRouter(sessions, () -> framesSeenByHook.add(frames(web).size()));

    withHook.route(
        "{\"pushId\":\"p6\",\"method\":\"relation.changed\",\"userIds\":[5],"
            + "\"data\":{\"eventType\":\"friend.deleted\",\"friendA\":\"5\",\"friendB\":\"6\"}}");
    withHook.route(
        "{\"pushId\":\"p7\",\"method\":\"notify\",\"userIds\":[5],\"data\":{\"id\":\"1\"}}");

    assertThat(framesSeenByHook).containsExactly(0);
    assertThat(frames(web))
        .extracting(f -> f.path("method").asString())
        .containsExactly("relation.changed", "notify");
  }

  @Test
  void theFrameCarriesThePushDataUnchanged() {
    EmbeddedChannel web = connect(5, "web");
    String data =
        "{\"conversationId\":\"5_9\",\"chatType\":1,\"sendId\":\"9\",\"recvId\":\"5\","
            + "\"contentType\":0,\"msgId\":\"m-9\",\"seq\":3,\"msg\":{\"mType\":1,"
            + "\"content\":\"a \\\"quoted\\\" line\\nand ✓\",\"atUsers\":[\"5\"]}}";

    router.route("{\"pushId\":\"p9\",\"method\":\"\",\"userIds\":[5],\"data\":" + data + "}");

    JsonNode frame = frames(web).get(0);
    assertThat(frame.path("data")).isEqualTo(Json.mapper().readTree(data));
    assertThat(frame.path("id").asString()).isEqualTo("m-9");
    assertThat(frame.path("formId").asString()).isEqualTo("9");
    assertThat(frame.path("data").path("msg").path("content").asString())
        .isEqualTo("a \"quoted\" line\nand ✓");
  }
}
