package io.hichat.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.connector.session.Connection;
import io.hichat.connector.support.Stack;
import io.hichat.connector.support.WsClient;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.delivery.Presence;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;

/** The connector's entries in the presence directory follow its sockets. */
class PresenceIT {

  final Connector connector = Stack.connector();

  static Map<String, String> presence(long userId) {
    return Stack.redis()
        .<String, String>getMap(Presence.userKey(userId), StringCodec.INSTANCE)
        .readAllMap();
  }

  @Test
  void connecting_writesAFreshEntry_andClosing_removesIt() {
    TestUser ada = Stack.user("ada");
    WsClient socket = Stack.socket(ada, "web-1");

    await().atMost(Duration.ofSeconds(10)).until(() -> presence(ada.id()).size() == 1);
    String entry = presence(ada.id()).values().iterator().next();
    assertThat(entry).startsWith(connector.connectorId() + "|web-1|");
    assertThat(Presence.freshConnector(entry, System.currentTimeMillis()))
        .isEqualTo(connector.connectorId());
    assertThat(Stack.redis().getKeys().remainTimeToLive(Presence.userKey(ada.id()))).isPositive();

    socket.close();

    await().atMost(Duration.ofSeconds(10)).until(() -> presence(ada.id()).isEmpty());
  }

  @Test
  void twoDevices_haveAnEntryEach() {
    TestUser bob = Stack.user("bob");
    try (WsClient web = Stack.socket(bob, "web");
        WsClient phone = Stack.socket(bob, "phone")) {
      await().atMost(Duration.ofSeconds(10)).until(() -> presence(bob.id()).size() == 2);
    }
  }

  @Test
  void newerConnectionOfTheSameDevice_replacesTheOlder_whoseLateCloseKeepsTheNewEntry() {
    TestUser cyd = Stack.user("cyd");
    WsClient first = Stack.socket(cyd, "web");
    await().atMost(Duration.ofSeconds(10)).until(() -> presence(cyd.id()).size() == 1);
    String firstField = presence(cyd.id()).keySet().iterator().next();

    try (WsClient second = Stack.socket(cyd, "web")) {
      assertThat(first.closeCode()).isEqualTo(Connection.CLOSE_REPLACED);
      first.close();

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> presence(cyd.id()).size() == 1 && !presence(cyd.id()).containsKey(firstField));
      assertThat(connector.sessions().of(cyd.id())).hasSize(1);
      second.send("{\"id\":\"p\",\"method\":\"chat.ping\"}");
      assertThat(second.reply("p").path("frameType").asInt()).isEqualTo(3);
    }
  }
}
