package io.hichat.model.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
        catalog.routes().stream()
            .filter(r -> r.path().startsWith(SocialRoutes.PREFIX))
            .filter(r -> !r.domain().equals("group"))
            .toList();

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

  @Test
  void groupDomain_hasTheThirtyThreeReferenceEndpoints_allBehindAToken() {
    List<Route> group = catalog.routes().stream().filter(r -> r.domain().equals("group")).toList();

    assertThat(group).hasSize(33);
    assertThat(group).allSatisfy(r -> assertThat(r.auth()).isEqualTo(Auth.JWT));
    assertThat(group).allSatisfy(r -> assertThat(r.path()).startsWith(GroupRoutes.PREFIX));
  }

  @Test
  void imDomain_hasTheNineReferenceEndpoints_allBehindAToken() {
    List<Route> im = catalog.routes().stream().filter(r -> r.domain().equals("im")).toList();

    assertThat(im).hasSize(9);
    assertThat(im).allSatisfy(r -> assertThat(r.auth()).isEqualTo(Auth.JWT));
    assertThat(im).allSatisfy(r -> assertThat(r.path()).startsWith(ImRoutes.PREFIX));
    assertThat(catalog.match(HttpMethod.PUT, "/v1/im/conversation"))
        .isEqualTo(
            new RouteCatalog.Match.Found(catalog.byFunction("imConversationUpdate").orElseThrow()));
    assertThat(catalog.byFunction("imUpload").orElseThrow().maxBodyBytes())
        .isEqualTo(UserRoutes.maxMultipartBodyBytes());
  }

  @Test
  void template_matchesOneSegment_andHandsItsParameterOver() {
    RouteCatalog templates = templateCatalog();

    assertThat(templates.match(HttpMethod.PUT, "/x/invitations/42"))
        .isEqualTo(
            new RouteCatalog.Match.Found(
                templates.byFunction("handle").orElseThrow(), Map.of("id", "42")));
    assertThat(templates.match(HttpMethod.PUT, "/x/invitations/4%202/"))
        .isEqualTo(
            new RouteCatalog.Match.Found(
                templates.byFunction("handle").orElseThrow(), Map.of("id", "4 2")));
  }

  @Test
  void exactPath_winsOverATemplate() {
    RouteCatalog templates = templateCatalog();

    assertThat(templates.match(HttpMethod.PUT, "/x/invitations/read"))
        .isEqualTo(new RouteCatalog.Match.Found(templates.byFunction("read").orElseThrow()));
    assertThat(catalog.match(HttpMethod.PUT, "/v1/social/group/invitations/read"))
        .isEqualTo(
            new RouteCatalog.Match.Found(catalog.byFunction("groupInvitationRead").orElseThrow()));
    assertThat(catalog.match(HttpMethod.PUT, "/v1/social/group/invitations/7"))
        .isEqualTo(
            new RouteCatalog.Match.Found(
                catalog.byFunction("groupInvitationHandle").orElseThrow(), Map.of("id", "7")));
  }

  @Test
  void template_withWrongMethod_isMethodNotAllowed_andOtherShapesAreNoPath() {
    RouteCatalog templates = templateCatalog();

    assertThat(templates.match(HttpMethod.GET, "/x/invitations/42"))
        .isEqualTo(new RouteCatalog.Match.MethodNotAllowed(Set.of(HttpMethod.PUT)));
    assertThat(templates.match(HttpMethod.PUT, "/x/invitations/42/more"))
        .isInstanceOf(RouteCatalog.Match.NoSuchPath.class);
    assertThat(templates.match(HttpMethod.PUT, "/x/invitations//"))
        .isInstanceOf(RouteCatalog.Match.NoSuchPath.class);
    assertThat(templates.match(HttpMethod.PUT, "/x/invitations/%zz"))
        .isInstanceOf(RouteCatalog.Match.NoSuchPath.class);
  }

  @Test
  void route_namesItsPathParameters_andRefusesHalfSegments() {
    Route template = route(HttpMethod.GET, "/a/{id}/b/{name}", "t");

    assertThat(template.pathParameters()).containsExactly("id", "name");
    assertThat(template.bind("/a/1/b/x")).isEqualTo(Map.of("id", "1", "name", "x"));
    assertThat(template.bind("/a/1/c/x")).isNull();
    assertThat(route(HttpMethod.GET, "/a/b", "e").pathParameters()).isEmpty();
    assertThatThrownBy(() -> route(HttpMethod.GET, "/a/x{id}", "bad"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RouteCatalog templateCatalog() {
    return new RouteCatalog(
        List.of(
            route(HttpMethod.PUT, "/x/invitations/read", "read"),
            route(HttpMethod.PUT, "/x/invitations/{id}", "handle")));
  }

  private static Route route(HttpMethod method, String path, String fn) {
    return new Route(
        method, path, fn, Auth.NONE, "t", Input.NONE, Void.class, Void.class, null, 10, "");
  }
}
