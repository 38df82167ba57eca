package io.hichat.connector.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.connector.Json;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class PushReaderTest {

  static final String DATA =
      "{\"conversationId\":\"5_9\",\"sendId\":9,\"msgId\":\"m-1\",\"contentType\":0,"
          + "\"msg\":{\"mType\":1,\"content\":\"say \\\"hi\\\" \\u00e9 ✓ }{][\","
          + "\"atUsers\":[\"1\",\"2\"],\"quote\":{\"msgId\":\"q\",\"contentType\":7}},"
          + "\"nested\":[{\"msgId\":\"not me\"}],\"reason\":null}";

  @Test
  void aPush_keepsItsDataAsSent_andReadsTheTopLevelFieldsOfIt() {
    String message =
        "{ \"pushId\" : \"p1\", \"method\":\"\", \"userIds\":[5, \"6\", null, \"x\"],"
            + " \"extra\": {\"a\": [1, {\"b\": 2}]}, \"data\": "
            + DATA
            + " }";

    List<PushReader.Incoming> pushes = PushReader.read(message);

    assertThat(pushes).hasSize(1);
    PushReader.Incoming push = pushes.get(0);
    assertThat(push.pushId()).isEqualTo("p1");
    assertThat(push.method()).isEmpty();
    assertThat(push.userIds()).containsExactly(5L, 6L, null, null);
    assertThat(push.data().json()).isEqualTo(DATA);
    assertThat(Json.mapper().readTree(push.data().json())).isEqualTo(Json.mapper().readTree(DATA));
    assertThat(push.data().field("msgId")).isEqualTo("m-1");
    assertThat(push.data().field("sendId")).isEqualTo("9");
    assertThat(push.data().field("contentType")).isEqualTo("0");
    assertThat(push.data().field("reason")).isNull();
  }

  @Test
  void anArray_readsEveryPushInOrder_andNonObjectsAsNull() {
    String message =
        "[{\"pushId\":\"a\",\"method\":\"notify\",\"userIds\":[1],\"data\":{\"id\":\"17\"}},"
            + " 7, [1,2], {\"pushId\":\"b\",\"userIds\":[2],\"data\":null},"
            + " {\"pushId\":\"c\",\"method\":\"x\",\"data\":[1,\"two\"]},"
            + " {\"data\":\"a \\\"b\\\"\"}, {\"data\":-1.5e3}]";

    List<PushReader.Incoming> pushes = PushReader.read(message);

    assertThat(pushes).hasSize(7);
    assertThat(pushes.get(0).data().json()).isEqualTo("{\"id\":\"17\"}");
    assertThat(pushes.get(1)).isNull();
    assertThat(pushes.get(2)).isNull();
    assertThat(pushes.get(3).method()).isNull();
    assertThat(pushes.get(3).data()).isNull();
    assertThat(pushes.get(4).userIds()).isNull();
    assertThat(pushes.get(4).data().json()).isEqualTo("[1,\"two\"]");
    assertThat(pushes.get(5).data().json()).isEqualTo("\"a \\\"b\\\"\"");
    assertThat(pushes.get(6).data().json()).isEqualTo("-1.5e3");
  }

  @Test
  void whatIsNotAPushMessage_isRefused() {
    for (String bad :
        Arrays.asList(
            "{nope", "[{\"pushId\":\"a\"}", "5", "\"text\"", "{} {}", "[{\"data\":{\"a\":1}", "")) {
      assertThatThrownBy(() -> PushReader.read(bad)).as(bad).isInstanceOf(JacksonException.class);
    }
  }
}
