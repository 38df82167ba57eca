package io.hichat.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.hichat.connector.Connector;
import io.hichat.connector.ConnectorConfig;
import io.hichat.functions.auth.SigningKeys;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.redisson.api.RedissonClient;

/**
 * The functions' test stack (real engines, real users, friends and groups through the REST API)
 * with connectors started in this JVM on free ports, configured as {@code ./hichat up} would
 * configure them, with shorter timings.
 */
public final class Stack {

  /** Pushes not acked within 700 ms are pushed again, twice at most. */
  public static final Duration PUSH_ACK_TIMEOUT = Duration.ofMillis(700);

  private static Connector shared;

  private Stack() {}

  public static TestStack functions() {
    return TestStack.get();
  }

  public static Api api() {
    return functions().api();
  }

  /** One connector for every test of this JVM. */
  public static synchronized Connector connector() {
    if (shared == null) {
      shared = start("ws-it-" + UUID.randomUUID().toString().substring(0, 8));
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** A connector of its own, for a test that stops it. */
  public static Connector start(String connectorId) {
    try {
      return Connector.start(config(connectorId));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static ConnectorConfig config(String connectorId) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("HICHAT_JWT_KEYS", functions().bean(SigningKeys.class).publicSet().toString());
    env.remove("HICHAT_JWT_KEYS_FILE");
    env.put("HICHAT_CONNECTOR_PORT", "0");
    env.put("HICHAT_CONNECTOR_ID", connectorId);
    ConnectorConfig.Tuning d = ConnectorConfig.Tuning.defaults();
    return ConnectorConfig.fromEnv(env)
        .withTuning(
            new ConnectorConfig.Tuning(
                d.idleTimeout(),
                d.presenceRefresh(),
                PUSH_ACK_TIMEOUT,
                2,
                d.maxUnacked(),
                d.unwritableGrace(),
                d.sendPerSecond(),
                d.sendBurst(),
                2,
                d.nativeTransport()));
  }

  public static RedissonClient redis() {
    return functions().bean(RedissonClient.class);
  }

  public static MongoDatabase mongo() {
    return functions().bean(MongoDatabase.class);
  }

  public static TestUser user(String name) {
    return Users.register(api(), name);
  }

  public static WsClient socket(TestUser user) {
    return WsClient.connect(connector().port(), user.token(), null);
  }

  public static WsClient socket(TestUser user, String device) {
    return WsClient.connect(connector().port(), user.token(), device);
  }

  /** Makes two users friends: {@code a} asks, {@code b} accepts. */
  public static void befriend(TestUser a, TestUser b) {
    Api.Resp asked =
        api()
            .post(
                "/v1/social/friend/putIn",
                "{\"user_uid\":\"" + b.id() + "\",\"req_msg\":\"hi\"}",
                a.token());
    assertThat(asked.status()).as(asked.raw()).isEqualTo(200);
    String request = asked.data().path("request_id").asString();
    Api.Resp accepted =
        api()
            .put(
                "/v1/social/friend/putIn",
                "{\"request_id\":\"" + request + "\",\"handle_result\":1}",
                b.token());
    assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
  }

  /** {@code by} blocks {@code whom} (a friend of theirs). */
  public static void block(TestUser by, TestUser whom) {
    Api.Resp r =
        api()
            .post(
                "/v1/social/friend/block",
                "{\"friend_uid\":\"" + whom.id() + "\",\"block\":true}",
                by.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
  }

  /** An open group owned by {@code owner}; returns its id. */
  public static long group(TestUser owner) {
    Api.Resp r =
        api()
            .post(
                "/v1/social/group",
                "{\"name\":\"g-" + owner.id() + "\",\"is_verify\":0}",
                owner.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return Long.parseLong(r.data().path("group_id").asString());
  }

  public static void join(TestUser user, long group) {
    Api.Resp r =
        api().post("/v1/social/group/putIn", "{\"group_id\":\"" + group + "\"}", user.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.data().path("is_pass").asInt()).as(r.raw()).isEqualTo(1);
  }
}
