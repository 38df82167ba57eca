package io.hichat.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.connector.session.Connection;
import io.hichat.connector.support.Stack;
import io.hichat.connector.support.WsClient;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.functions.user.domain.AccountService;
import io.hichat.model.delivery.Presence;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;
import tools.jackson.databind.JsonNode;

/** What arrives on the connector's delivery channel reaches the right sockets. */
class PushDeliveryIT {

  final Connector connector = Stack.connector();

  void publish(String json) {
    Stack.redis()
        .getTopic(Presence.channel(connector.connectorId()), StringCodec.INSTANCE)
        .publish(json);
  }

  static String chatPush(long to, long from, String msgId) {
    return ("{\"pushId\":\"%s\",\"method\":\"\",\"userIds\":[%d],\"data\":{\"conversationId\":\"c\","
            + "\"chatType\":1,\"sendId\":\"%d\",\"recvId\":\"%d\",\"sendTime\":1,\"contentType\":0,"
            + "\"msgId\":\"%s\",\"seq\":1,\"msg\":{\"mType\":1,\"content\":\"hi\"}}}")
        .formatted(UUID.randomUUID(), to, from, to, msgId);
  }

  /** Waits until the user's sockets are registered here (the upgrade completes asynchronously). */
  void awaitConnected(TestUser user, int sockets) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> connector.sessions().of(user.id()).length == sockets);
  }

  @Test
  void pushForAUser_reachesBothOfTheirDevices_andNoOneElse() {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    try (WsClient web = Stack.socket(ada, "web");
        WsClient phone = Stack.socket(ada, "phone");
        WsClient other = Stack.socket(bob)) {
      awaitConnected(ada, 2);
      awaitConnected(bob, 1);

      publish(
          "{\"pushId\":\"p-1\",\"method\":\"notify\",\"userIds\":["
              + ada.id()
              + "],\"data\":{\"id\":\"17\"}}");

      for (WsClient socket : List.of(web, phone)) {
        JsonNode frame = socket.push("notify");
        assertThat(frame.path("id").asString()).isEqualTo("p-1");
        assertThat(frame.path("formId").asString()).isEqualTo("101");
        assertThat(frame.path("data").path("id").asString()).isEqualTo("17");
      }
      other.send("{\"id\":\"p\",\"method\":\"chat.ping\"}");
      other.reply("p");
      assertThat(other.drain(Duration.ofMillis(300))).isEmpty();
    }
  }

  /** Waits until the user's sockets are in the presence directory, where publishers look. */
  void awaitPresent(TestUser user, int sockets) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Stack.redis().getMap(Presence.userKey(user.id()), StringCodec.INSTANCE).size()
                    == sockets);
  }

  @Test
  void passwordChange_closesEverySocketOfTheUser_with4003_andNoOneElses() {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    try (WsClient web = Stack.socket(ada, "web");
        WsClient phone = Stack.socket(ada, "phone");
        WsClient other = Stack.socket(bob)) {
      awaitPresent(ada, 2);
      awaitPresent(bob, 1);

      Stack.functions().bean(AccountService.class).changePassword(ada.id(), "a-new-secret");

      assertThat(web.closeCode()).isEqualTo(Connection.CLOSE_REVOKED);
      assertThat(phone.closeCode()).isEqualTo(Connection.CLOSE_REVOKED);
      other.send("{\"id\":\"p\",\"method\":\"chat.ping\"}");
      assertThat(other.reply("p").path("data").asString()).isEqualTo("pong");
      assertThat(other.isClosed()).isFalse();
    }
  }

  @Test
  void accountDeletion_closesTheUsersSockets() {
    TestUser cyd = Stack.user("cyd");
    try (WsClient socket = Stack.socket(cyd)) {
      awaitPresent(cyd, 1);

      Stack.functions().bean(AccountService.class).delete(cyd.id());

      assertThat(socket.closeCode()).isEqualTo(Connection.CLOSE_REVOKED);
    }
  }

  @Test
  void unackedChatFrame_isPushedAgain_andAnAckedOneIsNot() {
    TestUser ada = Stack.user("ada");
    try (WsClient acking = Stack.socket(ada, "acking");
        WsClient silent = Stack.socket(ada, "silent")) {
      awaitConnected(ada, 2);

      publish(chatPush(ada.id(), 9, "65a1b2c3d4e5f60718293a4b"));

      JsonNode first = acking.push("");
      assertThat(first.path("id").asString()).isEqualTo("65a1b2c3d4e5f60718293a4b");
      assertThat(first.path("formId").asString()).isEqualTo("9");
      acking.send("{\"id\":\"65a1b2c3d4e5f60718293a4b\",\"frameType\":3}");
      JsonNode once = silent.push("");
      JsonNode again = silent.push("");

      assertThat(again).isEqualTo(once);
      assertThat(acking.drain(Stack.PUSH_ACK_TIMEOUT.multipliedBy(2))).isEmpty();
    }
  }

  @Test
  void userOnline_answersTheOnlineFriendsOnly() {
    TestUser ada = Stack.user("ada");
    TestUser online = Stack.user("online");
    TestUser offline = Stack.user("offline");
    TestUser strangerOnline = Stack.user("stranger");
    Stack.befriend(ada, online);
    Stack.befriend(offline, ada);
    try (WsClient friend = Stack.socket(online);
        WsClient stranger = Stack.socket(strangerOnline);
        WsClient socket = Stack.socket(ada)) {
      awaitConnected(online, 1);
      awaitConnected(strangerOnline, 1);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  !Stack.redis()
                      .getMap(Presence.userKey(online.id()), StringCodec.INSTANCE)
                      .isEmpty());

      socket.send("{\"id\":\"o1\",\"method\":\"user.online\"}");

      JsonNode ack = socket.reply("o1");
      assertThat(ack.path("frameType").asInt()).isEqualTo(3);
      assertThat(ack.path("data").toString()).isEqualTo("[\"" + online.id() + "\"]");
    }
  }

  @Test
  void typing_reachesTheOnlineFriend_asAPushFromTheTypist() {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    Stack.befriend(ada, bob);
    try (WsClient bobSocket = Stack.socket(bob);
        WsClient adaSocket = Stack.socket(ada)) {
      awaitConnected(bob, 1);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  !Stack.redis()
                      .getMap(Presence.userKey(bob.id()), StringCodec.INSTANCE)
                      .isEmpty());

      adaSocket.send(
          "{\"id\":\"t1\",\"frameType\":4,\"method\":\"chat.typing\",\"data\":{\"chatType\":1,"
              + "\"recvId\":\""
              + bob.id()
              + "\"}}");

      JsonNode typing = bobSocket.push("chat.typing");
      assertThat(typing.path("formId").asString()).isEqualTo(Long.toString(ada.id()));
      assertThat(typing.path("data").path("sendId").asString()).isEqualTo(Long.toString(ada.id()));
      // the typist gets no typing frame back (the friendship's own notifications may arrive)
      assertThat(adaSocket.drain(Duration.ofMillis(300)))
          .noneMatch(f -> "chat.typing".equals(f.path("method").asString()));
    }
  }
}
