package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BareRelayTest {

  @Test
  void aChatUserFrameIsRead_dataAndMessageFieldsIncluded() {
    BareRelay.ClientChat c =
        BareRelay.ClientChat.read(
            "{\"id\":\"b7\",\"frameType\":0,\"method\":\"chat.user\",\"data\":{\"conversationId\":"
                + "\"1_2\",\"chatType\":1,\"recvId\":\"2\",\"extra\":{\"a\":[1]},\"clientMsgId\":\"b7\","
                + "\"msg\":{\"mType\":1,\"quote\":null,\"content\":\"hi\"}}}");

    assertThat(c)
        .isEqualTo(new BareRelay.ClientChat("b7", 0, "chat.user", "1_2", 1, "2", "b7", 1, "hi"));
  }

  @Test
  void everyMessageIsAckedEchoedAndPushedOnceInSeqOrder() throws Exception {
    ChatTraffic traffic = new ChatTraffic();
    try (BareRelay relay = new BareRelay("127.0.0.1", 0, 2);
        WsClients ws = new WsClients(1)) {
      List<Api.User> users = new ArrayList<>();
      List<WsClients.Conn> conns = new ArrayList<>();
      for (long id = 1; id <= 4; id++) {
        Api.User u = new Api.User(id, "", "", Long.toString(id));
        users.add(u);
        URI uri =
            URI.create(
                "ws://127.0.0.1:" + relay.port() + "/ws?token=" + id + "&deviceId=" + u.device());
        conns.add(ws.connect(uri, u.device(), null, traffic::onText, false).get());
      }
      // both users of each pair send, so two event loops number one conversation
      for (int k = 0; k < 200; k++) {
        int s = k % 4;
        traffic.sendSingle(conns.get(s), users.get(s), users.get(s ^ 1), System.nanoTime());
      }
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (traffic.integrity.outstanding() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      while (traffic.acks.get() < 200 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      Integrity.Report report = traffic.integrity.finish(1);

      assertThat(report.ok()).as(report.toString()).isTrue();
      assertThat(report.expected()).isEqualTo(400); // each message: the receiver and the echo
      assertThat(traffic.deliveries.get()).isEqualTo(200);
      assertThat(traffic.echoes.get()).isEqualTo(200);
      assertThat(traffic.acks.get()).isEqualTo(200);
      assertThat(traffic.errors.get()).isZero();
    }
  }
}
