package io.hichat.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.auth.SigningKeys;
import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.group.GroupInvitationHandleRequest;
import io.hichat.model.route.RouteCatalog;
import io.hichat.model.user.LoginRequest;
import io.hichat.model.user.TokenResult;
import io.hichat.model.user.UserSearchQuery;
import io.hichat.model.user.UserSearchResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.JsonNode;

/**
 * The edge's answers, with stand-in endpoints: routing, limits, decoding, auth and the envelope.
 */
class HttpEntryTest {

  static final SigningKeys KEYS = SigningKeys.parse(SigningKeys.generateSetJson());
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

  final List<Object> received = new ArrayList<>();
  int currentVersion = 0;
  final AccessTokens tokens =
      new AccessTokens(
          KEYS, id -> currentVersion, "hichat", "hichat-api", Duration.ofHours(1), CLOCK);
  final StaticListableBeanFactory beans = new StaticListableBeanFactory();
  final HttpEntry entry = new HttpEntry(RouteCatalog.get(), beans, tokens, null);

  HttpEntryTest() {
    beans.addBean(
        "groupInvitationHandle",
        (Endpoint<GroupInvitationHandleRequest, Object>)
            call -> {
              received.add(call.body());
              return Map.of("ok", true);
            });
    beans.addBean(
        "userLogin",
        (Endpoint<LoginRequest, TokenResult>)
            call -> {
              received.add(call.body());
              return new TokenResult("t", 1);
            });
    beans.addBean(
        "userSearch",
        (Endpoint<UserSearchQuery, UserSearchResult>)
            call -> {
              received.add(call);
              return new UserSearchResult(List.of(), 0);
            });
    beans.addBean(
        "userPhoneCode",
        (Endpoint<Object, Object>)
            call -> {
              throw new DomainException(ErrorCode.CODE_RATE_LIMITED);
            });
    beans.addBean(
        "userDetail",
        (Endpoint<Object, Object>)
            call -> {
              throw new IllegalStateException("boom");
            });
  }

  @Test
  void validJson_reachesTheEndpoint_andIsWrappedInTheEnvelope() {
    HttpApiResponse r =
        call("POST", "/api/v1/user/login", "{\"phone\":\"1300\",\"password\":\"x\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.path("code").asInt()).isEqualTo(200);
    assertThat(body.path("msg").asText()).isEmpty();
    assertThat(body.path("data").path("token").asText()).isEqualTo("t");
    assertThat(received).containsExactly(new LoginRequest("1300", "x"));
  }

  @Test
  void unknownPath_is404WithCode() {
    assertError(call("GET", "/api/v1/user/nothing", null), 404, ErrorCode.ROUTE_NOT_FOUND);
  }

  @Test
  void wrongMethod_is405WithAllowHeader() {
    HttpApiResponse r = call("GET", "/api/v1/user/login", null);
    assertError(r, 405, ErrorCode.METHOD_NOT_ALLOWED);
    assertThat(r.headers()).containsEntry("allow", "POST");
  }

  @Test
  void malformedJson_is400_andTheEndpointIsNotCalled() {
    assertError(call("POST", "/api/v1/user/login", "{\"phone\":"), 400, ErrorCode.MALFORMED_JSON);
    assertError(call("POST", "/api/v1/user/login", "[1,2]"), 400, ErrorCode.BAD_REQUEST);
    assertError(call("POST", "/api/v1/user/login", "{} trailing"), 400, ErrorCode.MALFORMED_JSON);
    assertError(call("POST", "/api/v1/user/login", ""), 400, ErrorCode.MALFORMED_JSON);
    assertThat(received).isEmpty();
  }

  @Test
  void wrongTypes_are400_namingTheField() {
    HttpApiResponse r = call("POST", "/api/v1/user/login", "{\"phone\":13000,\"password\":\"x\"}");
    assertError(r, 400, ErrorCode.BAD_REQUEST);
    assertThat(json(r).path("msg").asText()).contains("phone");
    assertError(
        call("POST", "/api/v1/user/login", "{\"phone\":{\"a\":1},\"password\":\"x\"}"),
        400,
        ErrorCode.BAD_REQUEST);
    assertThat(received).isEmpty();
  }

  @Test
  void bodyOverTheRouteLimit_is413() {
    String big = "{\"phone\":\"" + "1".repeat(70_000) + "\",\"password\":\"x\"}";
    assertError(call("POST", "/api/v1/user/login", big), 413, ErrorCode.PAYLOAD_TOO_LARGE);
    assertThat(received).isEmpty();
  }

  @Test
  void protectedRoute_withoutToken_is401() {
    assertError(call("GET", "/api/v1/user/search?name=a", null), 401, ErrorCode.UNAUTHORIZED);
    assertThat(received).isEmpty();
  }

  @Test
  void protectedRoute_withForgedToken_is401() {
    SigningKeys other = SigningKeys.parse(SigningKeys.generateSetJson());
    String forged =
        new AccessTokens(other, id -> 0, "hichat", "hichat-api", Duration.ofHours(1), CLOCK)
            .issue(7, 0)
            .token();
    assertError(callWithToken("/api/v1/user/search?name=a", forged), 401, ErrorCode.UNAUTHORIZED);
  }

  @Test
  void protectedRoute_withTokenOfAnotherAudience_is401() {
    String token =
        new AccessTokens(KEYS, id -> 0, "hichat", "elsewhere", Duration.ofHours(1), CLOCK)
            .issue(7, 0)
            .token();
    assertError(callWithToken("/api/v1/user/search?name=a", token), 401, ErrorCode.UNAUTHORIZED);
  }

  @Test
  void protectedRoute_withExpiredToken_is401Expired() {
    Clock past = Clock.offset(CLOCK, Duration.ofHours(-2));
    String token =
        new AccessTokens(KEYS, id -> 0, "hichat", "hichat-api", Duration.ofHours(1), past)
            .issue(7, 0)
            .token();
    assertError(callWithToken("/api/v1/user/search?name=a", token), 401, ErrorCode.TOKEN_EXPIRED);
  }

  @Test
  void protectedRoute_withRevokedToken_is401Revoked() {
    String token = tokens.issue(7, 0).token();
    currentVersion = 1;
    assertError(callWithToken("/api/v1/user/search?name=a", token), 401, ErrorCode.TOKEN_REVOKED);
  }

  @Test
  void protectedRoute_withValidToken_passesTheCallerAndQuery() {
    String token = tokens.issue(42, 0).token();
    HttpApiResponse r = callWithToken("/api/v1/user/search?name=Ada&page=2&size=5&ids=1,2", token);
    assertThat(r.statusCode()).isEqualTo(200);
    Call<?> call = (Call<?>) received.get(0);
    assertThat(call.caller().userId()).isEqualTo(42);
    assertThat(call.body())
        .isEqualTo(new UserSearchQuery("Ada", null, null, List.of("1", "2"), 2, 5));
  }

  @Test
  void queryWithWrongType_is400() {
    String token = tokens.issue(42, 0).token();
    assertError(
        callWithToken("/api/v1/user/search?name=Ada&page=abc", token), 400, ErrorCode.BAD_REQUEST);
  }

  @Test
  void domainRefusal_carriesItsCodeAndStatus() {
    assertError(
        call("POST", "/api/v1/user/phone/code", "{\"phone\":\"1\"}"),
        429,
        ErrorCode.CODE_RATE_LIMITED);
  }

  @Test
  void unexpectedFailure_is500WithoutDetails() {
    String token = tokens.issue(42, 0).token();
    HttpApiResponse r = callWithToken("/api/v1/user/detail", token);
    assertError(r, 500, ErrorCode.INTERNAL);
    assertThat(r.body()).doesNotContain("boom");
  }

  @Test
  void singleFunctionDeployment_servesOnlyItsRoute() {
    HttpEntry only = new HttpEntry(RouteCatalog.get(), beans, tokens, "userSearch");
    HttpApiResponse r =
        only.handle(
            event("POST", "/api/v1/user/login", "{\"phone\":\"1\",\"password\":\"x\"}", Map.of()));
    assertError(r, 404, ErrorCode.ROUTE_NOT_FOUND);
  }

  @Test
  void pathParameter_reachesTheRecord_andWinsOverTheBody() {
    String token = tokens.issue(42, 0).token();
    HttpApiResponse r =
        entry.handle(
            event(
                "PUT",
                "/v1/social/group/invitations/77",
                "{\"id\":\"99\",\"result\":1,\"handle_msg\":\"hi\"}",
                Map.of("authorization", "Bearer " + token)));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(received).containsExactly(new GroupInvitationHandleRequest("77", 1, "hi"));
  }

  @Test
  void pathParameter_withoutBody_stillNeedsAJsonObject() {
    String token = tokens.issue(42, 0).token();
    assertError(
        entry.handle(
            event(
                "PUT",
                "/v1/social/group/invitations/77",
                "[1]",
                Map.of("authorization", "Bearer " + token))),
        400,
        ErrorCode.MALFORMED_JSON);
    assertError(
        entry.handle(
            event(
                "GET",
                "/v1/social/group/invitations/77",
                null,
                Map.of("authorization", "Bearer " + token))),
        405,
        ErrorCode.METHOD_NOT_ALLOWED);
    assertThat(received).isEmpty();
  }

  private HttpApiResponse call(String method, String pathAndQuery, String body) {
    return entry.handle(
        event(method, pathAndQuery, body, Map.of("content-type", "application/json")));
  }

  private HttpApiResponse callWithToken(String pathAndQuery, String token) {
    return entry.handle(
        event("GET", pathAndQuery, null, Map.of("authorization", "Bearer " + token)));
  }

  static HttpApiEvent event(
      String method, String pathAndQuery, String body, Map<String, String> headers) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
    return new HttpApiEvent(
        "2.0",
        "$default",
        path,
        query,
        null,
        headers,
        null,
        new HttpApiEvent.RequestContext(
            "a",
            "b",
            "c",
            "r",
            "$default",
            "$default",
            0,
            new HttpApiEvent.Http(method, path, "HTTP/1.1", "127.0.0.1", "t")),
        body,
        null,
        false);
  }

  static JsonNode json(HttpApiResponse r) {
    return JsonCodec.strict().readTree(r.body());
  }

  static void assertError(HttpApiResponse r, int status, ErrorCode code) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode body = json(r);
    assertThat(body.path("code").asInt()).isEqualTo(code.code());
    assertThat(body.path("data").isNull()).isTrue();
    assertThat(r.headers().get("content-type")).startsWith("application/json");
  }
}
