package io.hichat.functions.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.auth.SigningKeys;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.http.HttpEntry;
import io.hichat.functions.http.JsonCodec;
import io.hichat.model.route.RouteCatalog;
import io.hichat.model.user.LoginRequest;
import io.hichat.model.user.TokenResult;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.JsonNode;

/**
 * The Lambda entry reads a real API Gateway HTTP API event and answers in the 2.0 response shape.
 */
class LambdaHandlerTest {

  @Test
  void apiGatewayV2Event_withBase64Body_reachesTheFunction_andAnswersTheV2Shape() throws Exception {
    List<Object> seen = new ArrayList<>();
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean(
        "userLogin",
        (Endpoint<LoginRequest, TokenResult>)
            call -> {
              seen.add(call.body());
              seen.add(call.caller().sourceIp());
              return new TokenResult("tok", 99);
            });
    AccessTokens tokens =
        new AccessTokens(
            SigningKeys.parse(SigningKeys.generateSetJson()),
            id -> 0,
            "hichat",
            "hichat-api",
            Duration.ofHours(1),
            Clock.systemUTC());
    LambdaHandler handler =
        new LambdaHandler(new HttpEntry(RouteCatalog.get(), beans, tokens, "userLogin"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream event = getClass().getResourceAsStream("/events/apigw-v2-login.json")) {
      handler.handleRequest(event, out, null);
    }

    JsonNode response = JsonCodec.strict().readTree(out.toByteArray());
    assertThat(response.path("statusCode").asInt()).isEqualTo(200);
    assertThat(response.path("isBase64Encoded").asBoolean()).isFalse();
    assertThat(response.path("headers").path("content-type").asText())
        .startsWith("application/json");
    JsonNode body = JsonCodec.strict().readTree(response.path("body").asText());
    assertThat(body.path("code").asInt()).isEqualTo(200);
    assertThat(body.path("data").path("token").asText()).isEqualTo("tok");
    assertThat(seen).containsExactly(new LoginRequest("13800000000", "secret-1"), "203.0.113.7");
  }
}
