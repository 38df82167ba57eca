package io.hichat.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.Auth;
import io.hichat.model.route.Input;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every route of the catalogue, over HTTP through the local gateway: the refusals that do not
 * depend on the endpoint (token, body shape, size) are coded envelopes with the right status.
 */
class EdgeMatrixIT {

  final Api api = TestStack.get().api();
  final List<Route> routes = RouteCatalog.get().routes();

  @Test
  void everyProtectedRoute_withoutOrWithBadToken_is401() {
    for (Route route : routes.stream().filter(r -> r.auth() == Auth.JWT).toList()) {
      Api.Resp none = send(route, "{}", null);
      assertThat(none.status()).as(route.line()).isEqualTo(401);
      assertThat(none.code()).as(route.line()).isEqualTo(ErrorCode.UNAUTHORIZED.code());
      Api.Resp bad = send(route, "{}", "not.a.token");
      assertThat(bad.status()).as(route.line()).isEqualTo(401);
    }
  }

  @Test
  void everyJsonRoute_withMalformedJson_is400() {
    String token = Users.register(api, "Edge").token();
    for (Route route : routes.stream().filter(r -> r.input() == Input.JSON).toList()) {
      Api.Resp r = send(route, "{\"broken\":", token);
      assertThat(r.status()).as(route.line() + " " + r.raw()).isEqualTo(400);
      assertThat(r.code()).as(route.line()).isEqualTo(ErrorCode.MALFORMED_JSON.code());
      Api.Resp array = send(route, "[]", token);
      assertThat(array.status()).as(route.line() + " " + array.raw()).isEqualTo(400);
    }
  }

  @Test
  void everyRoute_withABodyOverItsLimit_is413() {
    String token = Users.register(api, "Big").token();
    for (Route route : routes.stream().filter(r -> r.input() != Input.NONE).toList()) {
      String big = "{\"x\":\"" + "a".repeat(route.maxBodyBytes() + 10) + "\"}";
      Api.Resp r = send(route, big, token);
      assertThat(r.status()).as(route.line()).isEqualTo(413);
      assertThat(r.code()).as(route.line()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE.code());
    }
  }

  @Test
  void everyMultipartRoute_withoutMultipart_is415_andWithoutFilePart_is400() {
    String token = Users.register(api, "Parts").token();
    for (Route route : routes.stream().filter(r -> r.input() == Input.MULTIPART).toList()) {
      Api.Resp json = send(route, "{}", token);
      assertThat(json.status()).as(route.line()).isEqualTo(415);
      Api.Resp wrongField =
          api.upload(concrete(route), "other", "a.png", "image/png", new byte[] {1, 2, 3}, token);
      assertThat(wrongField.status()).as(route.line()).isEqualTo(400);
    }
  }

  @Test
  void unknownPath_is404_andWrongMethod_is405() {
    Api.Resp missing = api.get("/api/v1/user/no-such-thing", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo(ErrorCode.ROUTE_NOT_FOUND.code());
    Api.Resp wrong =
        api.raw(
            api.builder("/api/v1/user/login", null)
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.code()).isEqualTo(ErrorCode.METHOD_NOT_ALLOWED.code());
  }

  private Api.Resp send(Route route, String body, String token) {
    return switch (route.method()) {
      case GET ->
          api.raw(
              api.builder(concrete(route), token)
                  .header("Content-Type", "application/json")
                  .method("GET", HttpRequest.BodyPublishers.ofString(body)));
      default -> api.json(route.method().name(), concrete(route), body, token);
    };
  }

  /**
   * The route's path with a sample value in each path parameter ({@code /x/{id}} → {@code /x/1}).
   */
  private static String concrete(Route route) {
    return route.path().replaceAll("\\{[^/}]+}", "1");
  }
}
