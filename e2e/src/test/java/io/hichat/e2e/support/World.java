package io.hichat.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;

/**
 * Users, friendships and groups made through the REST API as clients make them, on the stack that
 * {@link TestStack} runs (functions behind the local gateway, the Kafka trigger and scheduler).
 */
public final class World {

  private final Api api = TestStack.get().api();

  public Api api() {
    return api;
  }

  public TestUser user(String nickname) {
    return Users.register(api, nickname);
  }

  /** {@code a} asks, {@code b} accepts. */
  public void befriend(TestUser a, TestUser b) {
    Api.Resp asked =
        api.post("/v1/social/friend/putIn", "{\"user_uid\":\"" + b.id() + "\"}", a.token());
    assertThat(asked.status()).as(asked.raw()).isEqualTo(200);
    String request = asked.data().path("request_id").asText();
    Api.Resp accepted =
        api.put(
            "/v1/social/friend/putIn",
            "{\"request_id\":\"" + request + "\",\"handle_result\":1}",
            b.token());
    assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
  }

  /** An open group owned by {@code owner} that every one of {@code members} has joined. */
  public long group(TestUser owner, TestUser... members) {
    Api.Resp created =
        api.post("/v1/social/group", "{\"name\":\"e2e\",\"is_verify\":0}", owner.token());
    assertThat(created.status()).as(created.raw()).isEqualTo(200);
    long group = Long.parseLong(created.data().path("group_id").asText());
    for (TestUser member : members) {
      Api.Resp joined =
          api.post("/v1/social/group/putIn", "{\"group_id\":\"" + group + "\"}", member.token());
      assertThat(joined.status()).as(joined.raw()).isEqualTo(200);
      assertThat(joined.data().path("is_pass").asInt()).as(joined.raw()).isEqualTo(1);
    }
    return group;
  }

  public ChatClient device(TestUser user, String deviceId, ConnectorProcess connector) {
    return new ChatClient(user.id(), user.token(), deviceId).connect(connector.port());
  }
}
