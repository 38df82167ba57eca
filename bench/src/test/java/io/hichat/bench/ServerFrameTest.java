package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerFrameTest {

  @Test
  void aChatPush_readsTheTopLevelFieldsOfItsData_notTheQuotedOnes() {
    ServerFrame f =
        ServerFrame.read(
            "{\"id\":\"m-1\",\"frameType\":0,\"method\":\"\",\"formId\":\"9\",\"data\":{"
                + "\"quote\":{\"msgId\":\"old\",\"seq\":1,\"contentType\":7},"
                + "\"conversationId\":\"5_9\",\"contentType\":0,\"msgId\":\"m-1\",\"seq\":42,"
                + "\"clientMsgId\":\"b7\",\"msg\":{\"mType\":1,\"content\":\"x\"},\"atUsers\":[1]}}");

    assertThat(f).isEqualTo(new ServerFrame("m-1", 0, "", 0, "5_9", "b7", "m-1", 42, null));
  }

  @Test
  void acksAndErrors() {
    assertThat(
            ServerFrame.read("{\"id\":\"b3\",\"ackSeq\":1,\"frameType\":3,\"data\":{\"a\":[1]}}"))
        .isEqualTo(new ServerFrame("b3", 3, null, -1, null, null, null, 0, null));
    ServerFrame error =
        ServerFrame.read(
            "{\"id\":\"b4\",\"frameType\":2,\"data\":{\"code\":200401,\"msg\":\"no\"}}");
    assertThat(error.frameType()).isEqualTo(2);
    assertThat(error.code()).isEqualTo("200401");
  }
}
