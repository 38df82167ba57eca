package io.hichat.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.e2e.support.ChatClient;
import io.hichat.e2e.support.ConnectorProcess;
import io.hichat.e2e.support.World;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.ws.Frame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two connectors in their own processes, users spread over both, driven over real WebSockets and
 * HTTP: 1:1 and group chat, read receipts and recall reach every device of every party.
 */
class ChatFlowE2EIT {

  static final Duration WAIT = Duration.ofSeconds(20);

  static World world;
  static ConnectorProcess one;
  static ConnectorProcess two;
  static final List<ChatClient> clients = new ArrayList<>();

  @BeforeAll
  static void start() {
    TestStack.get();
    world = new World();
    one = ConnectorProcess.start("e2e-flow-1");
    two = ConnectorProcess.start("e2e-flow-2");
  }

  @AfterAll
  static void stop() {
    clients.forEach(ChatClient::close);
    one.close();
    two.close();
  }

  static ChatClient device(TestUser user, String device, ConnectorProcess connector) {
    ChatClient client = world.device(user, device, connector);
    clients.add(client);
    return client;
  }

  /** Waits until {@code watcher} sees every one of {@code users} online (presence is written). */
  static void awaitOnline(ChatClient watcher, TestUser... users) {
    await("presence of " + users.length + " user(s)")
        .atMost(WAIT)
        .until(
            () -> {
              JsonNode ack = watcher.request("user.online", Map.of()).get(5, TimeUnit.SECONDS);
              List<String> online = new ArrayList<>();
              ack.path("data").forEach(id -> online.add(id.asText()));
              for (TestUser u : users) {
                if (!online.contains(Long.toString(u.id()))) {
                  return false;
                }
              }
              return true;
            });
  }

  static JsonNode acked(ChatClient client, java.util.concurrent.CompletableFuture<JsonNode> f)
      throws Exception {
    JsonNode answer = f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(answer.path("frameType").asInt()).as(answer.toString()).isEqualTo(Frame.ACK);
    return answer;
  }

  @Test
  void friendsOnTwoConnectors_messagesReceiptsAndRecall_reachEveryDeviceOfBothParties()
      throws Exception {
    TestUser alice = world.user("alice");
    TestUser bob = world.user("bob");
    world.befriend(alice, bob);
    ChatClient phone = device(alice, "phone", one);
    ChatClient web = device(alice, "web", two);
    ChatClient tablet = device(alice, "tablet", one);
    ChatClient bobs = device(bob, "phone", two);
    awaitOnline(bobs, alice);
    awaitOnline(phone, bob);
    String conversation = ConversationIds.single(alice.id(), bob.id());

    for (int i = 1; i <= 3; i++) {
      acked(phone, phone.sendText(ChatTypes.SINGLE, bob.id(), "a-" + i, "hello " + i));
    }

    await("bob holds the three messages in order")
        .atMost(WAIT)
        .until(() -> bobs.contiguousSeq(conversation) == 3);
    assertThat(bobs.messages(conversation).values())
        .extracting(m -> m.path("clientMsgId").asText())
        .containsExactly("a-1", "a-2", "a-3");
    for (ChatClient own : List.of(phone, web, tablet)) {
      await(own.deviceId() + " gets the three echoes")
          .atMost(WAIT)
          .until(() -> own.pushes(ChatTypes.CONTENT_ECHO).size() == 3);
      assertThat(own.messages(conversation).keySet()).containsExactly(1L, 2L, 3L);
    }

    List<String> msgIds =
        bobs.messages(conversation).values().stream().map(m -> m.path("msgId").asText()).toList();
    acked(
        bobs,
        bobs.request(
            "chat.markChat",
            Map.of(
                "chatType",
                1,
                "recvId",
                Long.toString(alice.id()),
                "conversationId",
                conversation,
                "msgIds",
                msgIds)));
    for (ChatClient own : List.of(phone, web, tablet)) {
      await(own.deviceId() + " gets bob's read receipt")
          .atMost(WAIT)
          .until(() -> !own.pushes(ChatTypes.CONTENT_READ).isEmpty());
      JsonNode receipt = own.pushes(ChatTypes.CONTENT_READ).get(0).path("data");
      assertThat(receipt.path("sendId").asText()).isEqualTo(Long.toString(bob.id()));
      assertThat(receipt.path("seq").asLong()).isEqualTo(3);
    }

    Api.Resp recall =
        world
            .api()
            .post(
                "/v1/im/chatlog/recall",
                "{\"conversationId\":\"%s\",\"msgId\":\"%s\",\"chatType\":1}"
                    .formatted(conversation, msgIds.get(1)),
                alice.token());
    assertThat(recall.status()).as(recall.raw()).isEqualTo(200);
    for (ChatClient party : List.of(bobs, phone, web, tablet)) {
      await(party.deviceId() + " of " + party.userId() + " gets the recall")
          .atMost(WAIT)
          .until(
              () ->
                  party.pushes(ChatTypes.CONTENT_RECALL).stream()
                      .anyMatch(p -> p.path("data").path("msgId").asText().equals(msgIds.get(1))));
    }

    Api.Resp history =
        world.api().get("/v1/im/chatlog?conversationId=" + conversation, bob.token());
    assertThat(history.status()).as(history.raw()).isEqualTo(200);
    List<JsonNode> logs = new ArrayList<>();
    history.data().path("list").forEach(logs::add);
    assertThat(logs).hasSize(3);
    JsonNode recalled =
        logs.stream().filter(l -> l.path("id").asText().equals(msgIds.get(1))).findFirst().get();
    assertThat(recalled.path("status").asInt()).isEqualTo(1);
    assertThat(recalled.path("msgContent").asText("")).isEmpty();
    for (ChatClient c : List.of(phone, web, tablet, bobs)) {
      assertThat(c.duplicateDeliveries()).isZero();
    }
  }

  @Test
  void groupOnTwoConnectors_fanOutMentionsAndGroupReceipts() throws Exception {
    TestUser owner = world.user("owner");
    TestUser bob = world.user("gbob");
    TestUser carol = world.user("gcarol");
    TestUser outsider = world.user("outsider");
    long group = world.group(owner, bob, carol);
    String conversation = ConversationIds.group(group);
    ChatClient owners = device(owner, "web", one);
    ChatClient bobs = device(bob, "web", two);
    ChatClient carols = device(carol, "web", one);
    ChatClient outsiders = device(outsider, "web", two);

    await("members online")
        .atMost(WAIT)
        .until(
            () -> {
              Api.Resp r =
                  world.api().get("/v1/social/group/users/online?group_id=" + group, owner.token());
              JsonNode online = r.data().path("onLineList");
              return online.path(Long.toString(carol.id())).asBoolean(false)
                  && online.path(Long.toString(bob.id())).asBoolean(false);
            });

    Map<String, Object> msg =
        Map.of("mType", 1, "content", "hi @gcarol", "atUsers", List.of(Long.toString(carol.id())));
    acked(
        owners,
        owners.request(
            "chat.user",
            Map.of(
                "chatType", 2, "recvId", Long.toString(group), "clientMsgId", "g-1", "msg", msg)));

    for (ChatClient member : List.of(bobs, carols, owners)) {
      await(member.userId() + " holds the group message")
          .atMost(WAIT)
          .until(() -> member.contiguousSeq(conversation) == 1);
    }
    JsonNode carolsCopy = carols.messages(conversation).get(1L);
    assertThat(carolsCopy.path("msg").path("atUsers").toString())
        .contains(Long.toString(carol.id()));

    Api.Resp before = world.api().get("/v1/im/conversation", carol.token());
    assertThat(before.status()).as(before.raw()).isEqualTo(200);
    JsonNode entry = before.data().path("conversationList").path(conversation);
    assertThat(entry.path("hasAtMe").asBoolean()).as(before.raw()).isTrue();
    assertThat(entry.path("read").asInt()).as(before.raw()).isEqualTo(1);

    String msgId = carolsCopy.path("msgId").asText();
    for (ChatClient reader : List.of(bobs, carols)) {
      acked(
          reader,
          reader.request(
              "chat.markChat",
              Map.of(
                  "chatType",
                  2,
                  "recvId",
                  Long.toString(group),
                  "conversationId",
                  conversation,
                  "msgIds",
                  List.of(msgId))));
    }
    await("the sender gets both members' receipts")
        .atMost(WAIT)
        .until(() -> owners.pushes(ChatTypes.CONTENT_READ).size() >= 2);
    await("read records list both readers")
        .atMost(WAIT)
        .until(
            () -> {
              Api.Resp r =
                  world.api().get("/v1/im/chatlog/readRecords?msgId=" + msgId, owner.token());
              return r.status() == 200 && r.data().path("reads").size() == 2;
            });
    Api.Resp after = world.api().get("/v1/im/conversation", carol.token());
    JsonNode read = after.data().path("conversationList").path(conversation);
    assertThat(read.path("read").asInt()).as(after.raw()).isZero();
    assertThat(read.path("hasAtMe").asBoolean()).as(after.raw()).isFalse();

    assertThat(outsiders.pushes()).as("nothing reaches a non-member").isEmpty();
    JsonNode refused =
        outsiders
            .sendText(ChatTypes.GROUP, group, "x-1", "let me in")
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(refused.path("frameType").asInt()).isEqualTo(Frame.ERROR);
    assertThat(refused.path("id").asText()).startsWith("f-web-");
  }

  @Test
  void unfriended_bothAreToldAtOnce_andTheFormerFriendCannotSend() throws Exception {
    TestUser ann = world.user("ann");
    TestUser ben = world.user("ben");
    world.befriend(ann, ben);
    ChatClient anns = device(ann, "web", one);
    ChatClient bens = device(ben, "web", two);
    awaitOnline(anns, ben);
    acked(bens, bens.sendText(ChatTypes.SINGLE, ann.id(), "b-1", "still friends?"));

    Api.Resp deleted =
        world
            .api()
            .post("/v1/social/friend/delete", "{\"friend_uid\":\"" + ben.id() + "\"}", ann.token());
    assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);

    for (ChatClient party : List.of(anns, bens)) {
      await(party.userId() + " told the friendship ended")
          .atMost(WAIT)
          .until(
              () ->
                  party.pushes("relation.changed").stream()
                      .anyMatch(
                          p -> p.path("data").path("eventType").asText().equals("friend.deleted")));
    }
    JsonNode refused =
        bens.sendText(ChatTypes.SINGLE, ann.id(), "b-2", "hello?")
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(refused.path("frameType").asInt()).as(refused.toString()).isEqualTo(Frame.ERROR);
    assertThat(refused.path("data").path("code").asInt()).isEqualTo(200401);
  }
}
