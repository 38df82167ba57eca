package io.hichat.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import io.hichat.model.social.FriendRequestQuery;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Query parameters are read under their JSON names, so one can be a Java keyword. */
class RequestDecoderTest {

  final Route friendRequests = RouteCatalog.get().byFunction("friendPutInList").orElseThrow();

  @Test
  void queryParameterNamedClass_fillsTheComponentJacksonNamesClass() {
    HttpApiEvent event =
        HttpEntryTest.event(
            "GET", "/v1/social/friend/putIns?class=1&status=0&page=2", null, Map.of());

    Object decoded = RequestDecoder.body(friendRequests, event, new byte[0]);

    assertThat(decoded).isEqualTo(new FriendRequestQuery("1", 0, null, 2, null));
  }

  @Test
  void jsonBodyOnAGetWithoutQuery_usesTheSameNames() {
    HttpApiEvent event = HttpEntryTest.event("GET", "/v1/social/friend/putIns", null, Map.of());
    byte[] body = "{\"class\":\"0\",\"size\":5}".getBytes(StandardCharsets.UTF_8);

    Object decoded = RequestDecoder.body(friendRequests, event, body);

    assertThat(decoded).isEqualTo(new FriendRequestQuery("0", null, null, null, 5));
  }
}
