package io.hichat.connector.frame;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.api.ErrorCode;
import io.hichat.model.ws.Frame;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameDecoderTest {

  static ClientFrame decode(String json) {
    return FrameDecoder.decode(json.getBytes(StandardCharsets.UTF_8));
  }

  static ClientFrame.Invalid invalid(String json) {
    ClientFrame frame = decode(json);
    assertThat(frame).isInstanceOf(ClientFrame.Invalid.class);
    return (ClientFrame.Invalid) frame;
  }

  @Test
  void chatUserFrame_decodesToSendChatWithItsData() {
    ClientFrame frame =
        decode(
            """
            {"id":"m1","frameType":0,"method":"chat.user","data":{"chatType":1,"recvId":"42",
             "msg":{"mType":1,"content":"hi"}}}""");

    assertThat(frame).isInstanceOf(ClientFrame.Request.class);
    ClientFrame.Request request = (ClientFrame.Request) frame;
    assertThat(request.id()).isEqualTo("m1");
    assertThat(request.answered()).isTrue();
    Call.SendChat call = (Call.SendChat) request.call();
    assertThat(call.send().recvId()).isEqualTo("42");
    assertThat(call.send().msg().content()).isEqualTo("hi");
  }

  @Test
  void missingFrameType_isAData_frame_andNoAckIsNotAnswered() {
    ClientFrame.Request data =
        (ClientFrame.Request) decode("{\"id\":\"a\",\"method\":\"chat.ping\"}");
    ClientFrame.Request noAck =
        (ClientFrame.Request) decode("{\"id\":\"b\",\"frameType\":4,\"method\":\"chat.ping\"}");

    assertThat(data.answered()).isTrue();
    assertThat(data.call()).isInstanceOf(Call.Ping.class);
    assertThat(noAck.answered()).isFalse();
  }

  @Test
  void pingAndAckFrames_decodeToTheirTypes() {
    assertThat(decode("{\"frameType\":1}")).isEqualTo(new ClientFrame.Ping(null));
    assertThat(decode("{\"id\":\"x\",\"frameType\":3}")).isEqualTo(new ClientFrame.Ack("x"));
  }

  @Test
  void malformedJson_isMalformedJsonWithoutId() {
    ClientFrame.Invalid frame = invalid("{\"id\":\"m1\",");

    assertThat(frame.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    assertThat(frame.id()).isNull();
  }

  @Test
  void trailingGarbage_isMalformedJson() {
    assertThat(invalid("{\"id\":\"m1\"} x").code()).isEqualTo(ErrorCode.MALFORMED_JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"text\"", "42", "null"})
  void nonObjectFrames_areBadRequests(String json) {
    assertThat(invalid(json).code()).isIn(ErrorCode.BAD_REQUEST, ErrorCode.MALFORMED_JSON);
  }

  @Test
  void missingId_onARequest_isBadRequest() {
    ClientFrame.Invalid frame = invalid("{\"frameType\":0,\"method\":\"chat.ping\"}");

    assertThat(frame.code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(frame.id()).isNull();
  }

  @Test
  void numericId_orOverlongId_isBadRequest() {
    assertThat(invalid("{\"id\":7,\"method\":\"chat.ping\"}").code())
        .isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(invalid("{\"id\":\"" + "x".repeat(65) + "\",\"method\":\"chat.ping\"}").code())
        .isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  void wrongFrameTypeType_isBadRequestWithTheId() {
    ClientFrame.Invalid frame =
        invalid("{\"id\":\"m1\",\"frameType\":\"0\",\"method\":\"chat.ping\"}");

    assertThat(frame.code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(frame.id()).isEqualTo("m1");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 9, -1})
  void unknownFrameType_isBadRequestWithTheId(int type) {
    ClientFrame.Invalid frame = invalid("{\"id\":\"m1\",\"frameType\":" + type + "}");

    assertThat(frame.code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(frame.id()).isEqualTo("m1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"chat.nope", "", "notify", "relation.changed", "push", "push.trend", "push.call"})
  void unknownAndPushMethods_areUnknownMethodWithTheId(String method) {
    ClientFrame.Invalid frame =
        invalid("{\"id\":\"m1\",\"frameType\":0,\"method\":\"" + method + "\",\"data\":{}}");

    assertThat(frame.code()).isEqualTo(ErrorCode.UNKNOWN_METHOD);
    assertThat(frame.id()).isEqualTo("m1");
  }

  @Test
  void dataOfTheWrongShape_isBadRequestWithTheId() {
    ClientFrame.Invalid numberForString =
        invalid("{\"id\":\"m1\",\"method\":\"chat.user\",\"data\":{\"chatType\":1,\"recvId\":42}}");
    ClientFrame.Invalid stringForNumber =
        invalid(
            "{\"id\":\"m2\",\"method\":\"chat.user\",\"data\":{\"chatType\":\"1\",\"recvId\":\"4\"}}");
    ClientFrame.Invalid noData = invalid("{\"id\":\"m3\",\"method\":\"chat.sync\"}");

    assertThat(numberForString.code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(numberForString.id()).isEqualTo("m1");
    assertThat(stringForNumber.code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(noData.code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(noData.id()).isEqualTo("m3");
  }

  @Test
  void oversizeFrame_isFrameTooLargeWithTheIdFoundInIt() {
    String text = "x".repeat(Frame.MAX_CLIENT_FRAME_BYTES);
    ClientFrame.Invalid frame =
        invalid(
            "{\"frameType\":0,\"data\":{\"nested\":{\"id\":\"inner\"}},\"id\":\"big-1\","
                + "\"method\":\"chat.user\",\"pad\":\""
                + text
                + "\"}");

    assertThat(frame.code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
    assertThat(frame.id()).isEqualTo("big-1");
  }

  @Test
  void oversizeGarbage_isFrameTooLargeWithoutId() {
    ClientFrame.Invalid frame = invalid("x".repeat(Frame.MAX_CLIENT_FRAME_BYTES + 1));

    assertThat(frame.code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
    assertThat(frame.id()).isNull();
  }
}
