package io.hichat.functions.user.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.auth.SigningKeys;
import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.http.HttpEntry;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.lambda.LambdaHandler;
import io.hichat.model.route.RouteCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.JsonNode;

/**
 * The OpenID discovery document as API Gateway's JWT authorizer fetches it: through the Lambda
 * entry, without the envelope, naming the configured issuer and the key set under the public URL.
 */
class OpenIdConfigurationEndpointTest {

  static final String API = "https://abc123.execute-api.eu-west-1.amazonaws.com";

  static HichatProperties props(String issuer, String publicBaseUrl) {
    return new HichatProperties(
        false,
        new HichatProperties.Redis("redis://127.0.0.1:1"),
        new HichatProperties.S3(null, "eu-west-1", null, null, "media", null, false),
        new HichatProperties.Jwt(
            null, "unused", issuer, "hichat-api", Duration.ofDays(1), publicBaseUrl),
        new HichatProperties.Kafka("127.0.0.1:1", false),
        new HichatProperties.Mongo("mongodb://127.0.0.1:1/hichat", "hichat"));
  }

  @Test
  void document_namesTheIssuer_andTheKeySetUnderThePublicUrl() {
    var document = new OpenIdConfigurationEndpoint(props(API, API + "/")).apply(null);
    assertThat(document.issuer()).isEqualTo(API);
    assertThat(document.jwks_uri()).isEqualTo(API + "/.well-known/jwks.json");
    assertThat(document.id_token_signing_alg_values_supported()).containsExactly("ES256");
    assertThat(document.subject_types_supported()).containsExactly("public");
    assertThat(document.claims_supported()).contains("iss", "aud", "sub", "exp", "ver");
  }

  @Test
  void aBlankPublicUrl_isAConfigurationError() {
    assertThatThrownBy(() -> new OpenIdConfigurationEndpoint(props("hichat", " ")))
        .hasMessageContaining("hichat.jwt.public-base-url");
  }

  @Test
  void servedThroughTheLambdaEntry_unwrapped_withItsFieldNames() throws Exception {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("openidConfiguration", new OpenIdConfigurationEndpoint(props(API, API)));
    AccessTokens tokens =
        new AccessTokens(
            SigningKeys.parse(SigningKeys.generateSetJson()),
            id -> 0,
            API,
            "hichat-api",
            Duration.ofHours(1),
            Clock.systemUTC());
    LambdaHandler handler =
        new LambdaHandler(new HttpEntry(RouteCatalog.get(), beans, tokens, "openidConfiguration"));
    String event =
        """
        {"version":"2.0","routeKey":"GET /.well-known/openid-configuration",
         "rawPath":"/.well-known/openid-configuration","rawQueryString":"",
         "headers":{"host":"abc123.execute-api.eu-west-1.amazonaws.com"},
         "requestContext":{"http":{"method":"GET","path":"/.well-known/openid-configuration",
           "sourceIp":"203.0.113.9"}},
         "isBase64Encoded":false}
        """;

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);

    JsonNode response = JsonCodec.strict().readTree(out.toByteArray());
    assertThat(response.path("statusCode").asInt()).isEqualTo(200);
    JsonNode body = JsonCodec.strict().readTree(response.path("body").asString());
    assertThat(body.has("code")).as("no envelope").isFalse();
    assertThat(body.path("issuer").asString()).isEqualTo(API);
    assertThat(body.path("jwks_uri").asString()).isEqualTo(API + "/.well-known/jwks.json");
    assertThat(
            List.copyOf(
                body.path("id_token_signing_alg_values_supported")
                    .valueStream()
                    .map(JsonNode::asString)
                    .toList()))
        .containsExactly("ES256");
  }
}
