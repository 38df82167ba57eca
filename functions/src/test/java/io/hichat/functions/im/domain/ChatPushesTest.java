package io.hichat.functions.im.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.im.store.ChatLogEntry;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.event.RecallEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON the chat consumers push, field by field. */
class ChatPushesTest {

  static final String ID = "65f0c0ffee0000000000abcd";

  static ChatLogEntry groupMessage() {
    return new ChatLogEntry(
        ID,
        "77",
        12,
        "local-1",
        5,
        77,
        2,
        1,
        "hi @8",
        "{\"id\":\"x\"}",
        List.of(8L),
        true,
        1700000000123L,
        0);
  }

  static JsonNode json(Object data) {
    return JsonCodec.strict().readTree(JsonCodec.strict().writeValueAsString(data));
  }

  @Test
  void message_carriesIdsAsStrings_seq_clientId_andTheBody() {
    JsonNode m = json(ChatPushes.message(groupMessage()));
    assertThat(m.path("contentType").asInt()).isZero();
    assertThat(m.path("msgId").asText()).isEqualTo(ID);
    assertThat(m.path("seq").asLong()).isEqualTo(12);
    assertThat(m.path("sendId").isTextual()).isTrue();
    assertThat(m.path("sendId").asText()).isEqualTo("5");
    assertThat(m.path("recvId").asText()).isEqualTo("77");
    assertThat(m.path("chatType").asInt()).isEqualTo(2);
    assertThat(m.path("sendTime").asLong()).isEqualTo(1700000000123L);
    assertThat(m.path("clientMsgId").asText()).isEqualTo("local-1");
    assertThat(m.path("msg").path("mType").asInt()).isEqualTo(1);
    assertThat(m.path("msg").path("content").asText()).isEqualTo("hi @8");
    assertThat(m.path("msg").path("quote").asText()).isEqualTo("{\"id\":\"x\"}");
    assertThat(m.path("msg").path("atUsers").get(0).asText()).isEqualTo("8");
    assertThat(m.path("msg").path("atAll").asBoolean()).isTrue();
    assertThat(m.has("status")).isFalse();
    assertThat(m.has("recalledBy")).isFalse();
  }

  @Test
  void echo_isTheStoredMessageBackToItsSender_keepingTheChatType() {
    JsonNode e = json(ChatPushes.echo(groupMessage()));
    assertThat(e.path("contentType").asInt()).isEqualTo(7);
    assertThat(e.path("recvId").asText()).isEqualTo("5");
    assertThat(e.path("chatType").asInt()).isEqualTo(2);
    assertThat(e.path("msgId").asText()).isEqualTo(ID);
    assertThat(e.path("seq").asLong()).isEqualTo(12);
    assertThat(e.path("clientMsgId").asText()).isEqualTo("local-1");
  }

  @Test
  void receipt_namesTheReaderThePositionAndTheReadMessages() {
    JsonNode r = json(ChatPushes.receipt("5_9", 1, 9, 5, 4, Map.of(ID, ChatPushes.READ), 99));
    assertThat(r.path("contentType").asInt()).isEqualTo(6);
    assertThat(r.path("sendId").asText()).isEqualTo("9");
    assertThat(r.path("recvId").asText()).isEqualTo("5");
    assertThat(r.path("seq").asLong()).isEqualTo(4);
    assertThat(r.path("msg").path("mType").asInt()).isEqualTo(6);
    assertThat(r.path("msg").path("readRecords").path(ID).asText()).isEqualTo("AQ==");
    assertThat(r.has("msgId")).isFalse();
    assertThat(
            json(ChatPushes.receipt("5_9", 1, 9, 5, 4, Map.of(), 99))
                .path("msg")
                .has("readRecords"))
        .isFalse();
  }

  @Test
  void recall_hasTheRecalledIdAndWhoRecalled_butNoContent() {
    JsonNode r = json(ChatPushes.recall(new RecallEvent("e", 5000, "77", 2, 5, 77, ID, 12, 6)));
    assertThat(r.path("contentType").asInt()).isEqualTo(9);
    assertThat(r.path("msgId").asText()).isEqualTo(ID);
    assertThat(r.path("recalledBy").asText()).isEqualTo("6");
    assertThat(r.path("status").asInt()).isEqualTo(1);
    assertThat(r.path("seq").asLong()).isEqualTo(12);
    assertThat(r.path("msg").path("mType").asInt()).isEqualTo(9);
    assertThat(r.path("msg").has("content")).isFalse();
  }

  @Test
  void failed_carriesTheClientIdAndTheCode() {
    ChatEvent e =
        new ChatEvent("e", 1, "5_9", 1, 5, 9, "local-3", 1000, 1, "hi", null, null, false);
    JsonNode f = json(ChatPushes.failed(e, ErrorCode.BLOCKED_BY_PEER));
    assertThat(f.path("clientMsgId").asText()).isEqualTo("local-3");
    assertThat(f.path("conversationId").asText()).isEqualTo("5_9");
    assertThat(f.path("code").asInt()).isEqualTo(200403);
    assertThat(f.path("msg").asText()).isEqualTo(ErrorCode.BLOCKED_BY_PEER.message());
  }
}
