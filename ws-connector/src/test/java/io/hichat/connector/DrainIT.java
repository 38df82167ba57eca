package io.hichat.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hichat.connector.session.Connection;
import io.hichat.connector.support.Stack;
import io.hichat.connector.support.WsClient;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.delivery.Presence;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;

/** Stopping a connector closes its sockets with 1001 and takes them out of the directory. */
class DrainIT {

  @Test
  void close_sends1001ToEverySocket_removesTheirPresence_andStopsAccepting() {
    Connector connector = Stack.start("ws-drain-" + UUID.randomUUID().toString().substring(0, 8));
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    WsClient first = WsClient.connect(connector.port(), ada.token(), "web");
    WsClient second = WsClient.connect(connector.port(), bob.token(), null);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !Stack.redis().getMap(Presence.userKey(ada.id()), StringCodec.INSTANCE).isEmpty()
                    && !Stack.redis()
                        .getMap(Presence.userKey(bob.id()), StringCodec.INSTANCE)
                        .isEmpty());

    connector.close();

    assertThat(first.closeCode()).isEqualTo(Connection.CLOSE_GOING_AWAY);
    assertThat(second.closeCode()).isEqualTo(Connection.CLOSE_GOING_AWAY);
    assertThat(Stack.redis().getMap(Presence.userKey(ada.id()), StringCodec.INSTANCE).isEmpty())
        .isTrue();
    assertThat(Stack.redis().getMap(Presence.userKey(bob.id()), StringCodec.INSTANCE).isEmpty())
        .isTrue();
    assertThatThrownBy(() -> WsClient.connect(connector.port(), ada.token(), null))
        .isInstanceOf(Exception.class);
    first.close();
    second.close();
  }
}
