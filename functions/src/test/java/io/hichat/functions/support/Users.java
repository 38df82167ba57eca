package io.hichat.functions.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.common.RedisKeys;
import java.util.concurrent.ThreadLocalRandom;
import org.redisson.api.RedissonClient;

/** Creates users through the API, as a client would: code, register, token. */
public final class Users {

  private Users() {}

  /** A registered user and a token of theirs. */
  public record TestUser(long id, String phone, String password, String token) {}

  /**
   * Lets a minute pass for the code rate limiter of {@code target} (sms or email), so a test can
   * ask for a second code at once.
   */
  public static void forgetCodeLimits(String channel, String target) {
    RedissonClient redis = TestStack.get().bean(RedissonClient.class);
    redis.getRateLimiter(RedisKeys.codeRatePerMinute(channel, target)).delete();
  }

  public static String newPhone() {
    return "1" + (3_000_000_000L + ThreadLocalRandom.current().nextLong(6_999_999_999L));
  }

  public static String phoneCode(Api api, String phone) {
    Api.Resp sent = api.post("/api/v1/user/phone/code", "{\"phone\":\"" + phone + "\"}", null);
    assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
    return sent.data().path("code").asText();
  }

  public static TestUser register(Api api, String nickname) {
    String phone = newPhone();
    String password = "pw-" + phone;
    String code = phoneCode(api, phone);
    Api.Resp reg =
        api.post(
            "/api/v1/user/register",
            "{\"phone\":\"%s\",\"password\":\"%s\",\"nickname\":\"%s\",\"phoneCode\":\"%s\"}"
                .formatted(phone, password, nickname, code),
            null);
    assertThat(reg.status()).as(reg.raw()).isEqualTo(200);
    String token = reg.data().path("token").asText();
    Api.Resp detail = api.get("/api/v1/user/detail", token);
    assertThat(detail.status()).as(detail.raw()).isEqualTo(200);
    long id = Long.parseLong(detail.data().path("info").path("id").asText());
    return new TestUser(id, phone, password, token);
  }
}
