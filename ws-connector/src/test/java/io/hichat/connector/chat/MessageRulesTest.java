package io.hichat.connector.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatBody;
import io.hichat.model.im.ChatSend;
import io.hichat.model.im.ChatTypes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageRulesTest {

  static final long ME = 10;

  static ChatSend single(String recv, ChatBody msg) {
    return new ChatSend(null, ChatTypes.SINGLE, null, recv, null, null, msg);
  }

  static ChatSend group(String gid, ChatBody msg) {
    return new ChatSend(null, ChatTypes.GROUP, null, gid, null, null, msg);
  }

  static ChatBody text(String content) {
    return new ChatBody(ChatTypes.TEXT, content, null, null, null, null);
  }

  static ChatBody media(int type, String json) {
    return new ChatBody(type, json, null, null, null, null);
  }

  static ErrorCode code(ChatSend send) {
    try {
      MessageRules.check(ME, "frame-1", send);
    } catch (WsException e) {
      return e.code();
    }
    return null;
  }

  @Test
  void validText_toAFriend_derivesConversationAndDefaultsClientMsgIdToFrameId() {
    MessageRules.ValidMessage m = MessageRules.check(ME, "frame-1", single("20", text("hi")));

    assertThat(m.target()).isEqualTo(new Target(ChatTypes.SINGLE, 20, "10_20"));
    assertThat(m.clientMsgId()).isEqualTo("frame-1");
    assertThat(m.content()).isEqualTo("hi");
    assertThat(m.atUsers()).isEmpty();
  }

  @Test
  void conversationIdThatAgrees_isAccepted_andOneThatDoesNot_isBadRequest() {
    ChatSend agrees = new ChatSend("10_20", 1, null, "20", "c1", null, text("hi"));
    ChatSend other = new ChatSend("10_21", 1, null, "20", "c1", null, text("hi"));
    ChatSend groupMismatch = new ChatSend("8", 2, null, "9", "c1", null, text("hi"));

    assertThat(code(agrees)).isNull();
    assertThat(code(other)).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(code(groupMismatch)).isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void sendIdOfAnotherUser_isForgedSender_andOwnIdIsFine() {
    assertThat(code(new ChatSend(null, 1, "11", "20", null, null, text("hi"))))
        .isEqualTo(ErrorCode.FORGED_SENDER);
    assertThat(code(new ChatSend(null, 1, "10", "20", null, null, text("hi")))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "abc", "01", "", "99999999999999999999"})
  void recvIdThatIsNotAPositiveId_isBadRequest(String recv) {
    assertThat(code(single(recv, text("hi")))).isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void singleChatWithOneself_orUnknownChatType_isBadRequest() {
    assertThat(code(single("10", text("hi")))).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(code(new ChatSend(null, 3, null, "20", null, null, text("hi"))))
        .isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void overlongClientMsgId_isBadRequest() {
    ChatSend send = new ChatSend(null, 1, null, "20", "c".repeat(65), null, text("hi"));

    assertThat(code(send)).isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void blankOrOverlongText_orControlType_orNoMsg_isInvalidMessage() {
    assertThat(code(single("20", text("  \n")))).isEqualTo(ErrorCode.INVALID_MESSAGE);
    assertThat(code(single("20", text("x".repeat(ChatTypes.MAX_TEXT_CHARS + 1)))))
        .isEqualTo(ErrorCode.INVALID_MESSAGE);
    assertThat(code(single("20", media(ChatTypes.CONTENT_READ, "x"))))
        .isEqualTo(ErrorCode.INVALID_MESSAGE);
    assertThat(code(single("20", null))).isEqualTo(ErrorCode.INVALID_MESSAGE);
    assertThat(code(single("20", text(null)))).isEqualTo(ErrorCode.INVALID_MESSAGE);
  }

  @Test
  void textOfExactlyTheLimitInCodePoints_isAccepted() {
    String emoji = "😀".repeat(ChatTypes.MAX_TEXT_CHARS);

    assertThat(code(single("20", text(emoji)))).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2|{\"url\":\"https://cdn.example/a.pdf\",\"name\":\"a.pdf\",\"size\":10}",
        "3|{\"url\":\"http://cdn.example/v.m4a\",\"duration\":3.5}",
        "4|{\"url\":\"https://cdn.example/i.png\",\"width\":10,\"height\":20}",
        "5|{\"url\":\"https://cdn.example/s.gif\"}",
        "8|{\"url\":\"https://cdn.example/v.mp4\",\"coverUrl\":\"https://cdn.example/c.png\"}",
        "10|{\"callType\":\"video\",\"status\":\"ended\",\"duration\":61}"
      })
  void wellFormedMediaAndCallRecords_areAccepted(String typeAndContent) {
    String[] parts = typeAndContent.split("\\|", 2);

    assertThat(code(single("20", media(Integer.parseInt(parts[0]), parts[1])))).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2|{\"url\":\"https://cdn.example/a.pdf\",\"size\":10}",
        "2|{\"url\":\"https://cdn.example/a.pdf\",\"name\":\"a\",\"size\":-1}",
        "3|{\"url\":\"https://cdn.example/v.m4a\"}",
        "4|{\"url\":\"ftp://cdn.example/i.png\"}",
        "4|{\"url\":\"javascript:alert(1)\"}",
        "4|{\"thumbUrl\":\"https://cdn.example/t.png\"}",
        "4|{\"url\":\"https://cdn.example/i.png\",\"width\":\"10\"}",
        "5|not json",
        "5|[\"https://cdn.example/s.gif\"]",
        "8|{\"url\":\"https://cdn.example/v.mp4\",\"coverUrl\":\"nope\"}",
        "10|{\"callType\":\"fax\",\"status\":\"ended\",\"duration\":1}",
        "10|{\"callType\":\"voice\",\"duration\":1}"
      })
  void malformedMediaAndCallRecords_areInvalidMessages(String typeAndContent) {
    String[] parts = typeAndContent.split("\\|", 2);

    assertThat(code(single("20", media(Integer.parseInt(parts[0]), parts[1]))))
        .isEqualTo(ErrorCode.INVALID_MESSAGE);
  }

  @Test
  void overlongQuote_isInvalidMessage() {
    ChatBody msg =
        new ChatBody(1, "hi", "q".repeat(ChatTypes.MAX_QUOTE_CHARS + 1), null, null, null);

    assertThat(code(single("20", msg))).isEqualTo(ErrorCode.INVALID_MESSAGE);
  }

  @Test
  void mentions_inAGroup_areKeptAsIds_butRefusedInASingleChat() {
    ChatBody msg = new ChatBody(1, "hi @a", null, null, List.of("3", "4", "3"), true);

    MessageRules.ValidMessage m = MessageRules.check(ME, "f", group("77", msg));

    assertThat(m.atUsers()).containsExactly(3L, 4L);
    assertThat(m.atAll()).isTrue();
    assertThat(code(single("20", msg))).isEqualTo(ErrorCode.INVALID_MESSAGE);
    assertThat(code(single("20", new ChatBody(1, "hi", null, null, null, true))))
        .isEqualTo(ErrorCode.INVALID_MESSAGE);
  }

  @Test
  void tooManyOrNonNumericMentions_areInvalidMessages() {
    List<String> many =
        java.util.stream.IntStream.rangeClosed(1, ChatTypes.MAX_AT_USERS + 1)
            .mapToObj(Integer::toString)
            .toList();

    assertThat(code(group("77", new ChatBody(1, "hi", null, null, many, null))))
        .isEqualTo(ErrorCode.INVALID_MESSAGE);
    assertThat(code(group("77", new ChatBody(1, "hi", null, null, List.of("bob"), null))))
        .isEqualTo(ErrorCode.INVALID_MESSAGE);
  }

  @Test
  void checkSender_acceptsMissingOrOwnId() {
    MessageRules.checkSender(ME, null);
    MessageRules.checkSender(ME, "");
    MessageRules.checkSender(ME, "10");
    assertThatThrownBy(() -> MessageRules.checkSender(ME, "1")).isInstanceOf(WsException.class);
  }
}
