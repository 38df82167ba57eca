package io.hichat.model.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteCatalogTest {

  final RouteCatalog catalog = RouteCatalog.get();

  @Test
  void userDomain_hasAllTwentyThreeReferenceEndpoints() {
    long reference =
        catalog.routes().stream()
            .filter(r -> r.path().startsWith(UserRoutes.PREFIX))
            .filter(r -> !r.path().startsWith(UserRoutes.PREFIX + "/upload/"))
            .count();
    assertThat(reference).isEqualTo(23);
  }

  @Test
  void socialDomain_hasTheEighteenFriendEndpoints_allBehindAToken() {
    List<Route> social =
        catalog.routes().stream().filter(r -> r.path().startsWith(SocialRoutes.PREFIX)).toList();

    assertThat(social.stream().filter(r -> r.path().contains("/friend"))).hasSize(18);
    assertThat(social).allSatisfy(r -> assertThat(r.auth()).isEqualTo(Auth.JWT));
    assertThat(social).allSatisfy(r -> assertThat(r.domain()).isEqualTo("social"));
    assertThat(catalog.match(HttpMethod.PUT, "/v1/social/friend/putIn"))
        .isEqualTo(
            new RouteCatalog.Match.Found(catalog.byFunction("friendPutInHandle").orElseThrow()));
  }

  @Test
  void match_findsRoute_andToleratesTrailingSlash() {
    var match = catalog.match(HttpMethod.POST, "/api/v1/user/login/");
    assertThat(match).isInstanceOf(RouteCatalog.Match.Found.class);
    assertThat(((RouteCatalog.Match.Found) match).route().function()).isEqualTo("userLogin");
  }

  @Test
  void match_unknownPath_isNoSuchPath() {
    assertThat(catalog.match(HttpMethod.GET, "/api/v1/user/nope"))
        .isInstanceOf(RouteCatalog.Match.NoSuchPath.class);
  }

  @Test
  void match_wrongMethod_listsAllowedMethods() {
    var match = catalog.match(HttpMethod.PUT, "/api/v1/user/favorite");
    assertThat(match).isInstanceOf(RouteCatalog.Match.MethodNotAllowed.class);
    assertThat(((RouteCatalog.Match.MethodNotAllowed) match).allowed())
        .containsExactlyInAnyOrder(HttpMethod.POST, HttpMethod.DELETE);
  }

  @Test
  void catalogue_rejectsTwoRoutesForOneFunction() {
    Route a = route(HttpMethod.GET, "/a", "fn");
    Route b = route(HttpMethod.GET, "/b", "fn");
    assertThatThrownBy(() -> new RouteCatalog(List.of(a, b)))
        .hasMessageContaining("two routes name function fn");
  }

  @Test
  void catalogue_rejectsTwoRoutesForOneMethodAndPath() {
    Route a = route(HttpMethod.GET, "/a", "one");
    Route b = route(HttpMethod.GET, "/a", "two");
    assertThatThrownBy(() -> new RouteCatalog(List.of(a, b)))
        .hasMessageContaining("two routes for");
  }

  @Test
  void line_isMethodPathFunctionAuth() {
    assertThat(catalog.byFunction("userDetail").orElseThrow().line())
        .isEqualTo("GET /api/v1/user/detail userDetail jwt");
  }

  private static Route route(HttpMethod method, String path, String fn) {
    return new Route(
        method, path, fn, Auth.NONE, "t", Input.NONE, Void.class, Void.class, null, 10, "");
  }
}
