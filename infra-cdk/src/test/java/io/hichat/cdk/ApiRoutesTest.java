package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.cdk.stacks.RouteStack;
import io.hichat.model.route.Auth;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API is the route catalogue: one route and one function per entry, nothing else. */
class ApiRoutesTest {

  final HichatCloud cloud = Clouds.dev();
  final List<Route> catalogue = RouteCatalog.get().routes();

  @Test
  void everyCatalogueEntry_hasExactlyOneApiRoute_andNoOtherRouteExists() {
    List<String> keys = new ArrayList<>();
    for (RouteStack stack : cloud.routes()) {
      Templates.resources(stack, "AWS::ApiGatewayV2::Route")
          .values()
          .forEach(r -> keys.add((String) Templates.props(r).get("RouteKey")));
    }
    List<String> expected = catalogue.stream().map(r -> r.method() + " " + r.path()).toList();
    assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
    // every route is the catalogue's, the OpenID discovery document included
    assertThat(Templates.resources(cloud.api(), "AWS::ApiGatewayV2::Route")).isEmpty();
    assertThat(keys)
        .contains("GET /.well-known/openid-configuration", "GET /.well-known/jwks.json");
  }

  @Test
  void everyRoute_hasOneFunction_definedForThatRouteOnly_withSnapStart() {
    Map<String, Integer> definitions = new HashMap<>();
    for (RouteStack stack : cloud.routes()) {
      var functions = Templates.resources(stack, "AWS::Lambda::Function");
      var routes = Templates.resources(stack, "AWS::ApiGatewayV2::Route");
      assertThat(functions).hasSameSizeAs(routes);
      for (var fn : functions.values()) {
        Map<String, Object> props = Templates.props(fn);
        assertThat(props.get("SnapStart")).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
        assertThat(props.get("Runtime")).isEqualTo("java21");
        assertThat(props.get("Handler"))
            .isEqualTo("io.hichat.functions.lambda.LambdaHandler::handleRequest");
        @SuppressWarnings("unchecked")
        Map<String, Object> env =
            (Map<String, Object>) ((Map<String, Object>) props.get("Environment")).get("Variables");
        definitions.merge((String) env.get("SPRING_CLOUD_FUNCTION_DEFINITION"), 1, Integer::sum);
        assertThat(env)
            .containsKeys("HICHAT_MYSQL_URL", "HICHAT_REDIS_URL", "HICHAT_JWT_KEYS_SECRET_ARN");
      }
      // every function is published (SnapStart works on versions) and invoked through its alias
      assertThat(Templates.resources(stack, "AWS::Lambda::Version")).hasSameSizeAs(functions);
      assertThat(Templates.resources(stack, "AWS::Lambda::Alias")).hasSameSizeAs(functions);
      for (var integration :
          Templates.resources(stack, "AWS::ApiGatewayV2::Integration").values()) {
        assertThat(Templates.props(integration).get("IntegrationUri").toString()).contains("Alias");
      }
    }
    Map<String, Integer> expected = new HashMap<>();
    catalogue.forEach(r -> expected.put(r.function(), 1));
    assertThat(definitions).isEqualTo(expected);
  }

  @Test
  void jwtRoutes_useTheAuthorizer_andPublicRoutesDoNot() {
    Map<String, String> authByKey = new HashMap<>();
    for (RouteStack stack : cloud.routes()) {
      Templates.resources(stack, "AWS::ApiGatewayV2::Route")
          .values()
          .forEach(
              r ->
                  authByKey.put(
                      (String) Templates.props(r).get("RouteKey"),
                      String.valueOf(Templates.props(r).get("AuthorizationType"))));
    }
    for (Route route : catalogue) {
      String expected = route.auth() == Auth.JWT ? "JWT" : "NONE";
      assertThat(authByKey.get(route.method() + " " + route.path()))
          .as(route.line())
          .isEqualTo(expected);
    }
  }

  @Test
  void discoveryDocument_isACatalogueRoute_underTheIssuer_withNoFunctionOfItsOwn() {
    Route discovery = RouteCatalog.get().byFunction("openidConfiguration").orElseThrow();
    assertThat(discovery.line())
        .isEqualTo("GET /.well-known/openid-configuration openidConfiguration none");
    // the authorizer reads <issuer>/.well-known/openid-configuration: issuer, base URL and the
    // authorizer's issuer are the one API URL
    Map<String, Object> authorizer =
        Templates.props(
            Templates.resources(cloud.api(), "AWS::ApiGatewayV2::Authorizer")
                .values()
                .iterator()
                .next());
    String apiUrl = String.valueOf(((Map<?, ?>) authorizer.get("JwtConfiguration")).get("Issuer"));
    assertThat(apiUrl).contains("ApiEndpoint").doesNotContain("Fn::ImportValue");
    boolean found = false;
    for (RouteStack stack : cloud.routes()) {
      for (var fn : Templates.resources(stack, "AWS::Lambda::Function").values()) {
        Map<?, ?> env =
            (Map<?, ?>) ((Map<?, ?>) Templates.props(fn).get("Environment")).get("Variables");
        assertThat(env.get("HICHAT_PUBLIC_BASE_URL")).isEqualTo(env.get("HICHAT_JWT_ISSUER"));
        assertThat(String.valueOf(env.get("HICHAT_JWT_ISSUER"))).contains("ApiEndpoint");
        found |= "openidConfiguration".equals(env.get("SPRING_CLOUD_FUNCTION_DEFINITION"));
      }
    }
    assertThat(found).isTrue();
    // no inline (Node) function serves it any more
    for (var stack : cloud.stacks()) {
      assertThat(Templates.resources(stack, "AWS::Lambda::Function").values())
          .noneMatch(fn -> String.valueOf(Templates.props(fn).get("Code")).contains("ZipFile"));
    }
  }

  @Test
  void authorizer_trustsTheApiAsIssuer_forHichatsAudience() {
    var authorizers = Templates.resources(cloud.api(), "AWS::ApiGatewayV2::Authorizer");
    assertThat(authorizers).hasSize(1);
    Map<String, Object> props = Templates.props(authorizers.values().iterator().next());
    assertThat(props.get("AuthorizerType")).isEqualTo("JWT");
    assertThat(props.get("JwtConfiguration").toString()).contains("hichat-api");
  }

  @Test
  void migrationsAndTopics_runAtDeploy_throughTheMigrateFunction() {
    var functions = Templates.resources(cloud.api(), "AWS::Lambda::Function");
    assertThat(functions.values())
        .anySatisfy(
            fn -> {
              Map<String, Object> props = Templates.props(fn);
              assertThat(props.get("Handler"))
                  .isEqualTo(
                      "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest");
              assertThat(props.get("Environment").toString())
                  .contains("SPRING_CLOUD_FUNCTION_DEFINITION=migrate");
            });
    var provisioning = Templates.resources(cloud.api(), "Custom::HichatMigrations");
    assertThat(provisioning).hasSize(1);
    // a changed topic list runs the function again, as a new artifact does
    assertThat(Templates.props(provisioning.values().iterator().next()))
        .containsKey("artifactSha256")
        .containsEntry("topics", String.join(",", io.hichat.model.event.Topics.all()));
    // the consumers' mappings read topics that deploy-time provisioning creates
    assertThat(cloud.consumers().getDependencies()).contains(cloud.api());
  }
}
