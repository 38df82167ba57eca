package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.cdk.stacks.ApiStack;
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
    // the API stack holds only the OpenID discovery route the JWT authorizer needs
    assertThat(Templates.resources(cloud.api(), "AWS::ApiGatewayV2::Route").values())
        .extracting(r -> Templates.props(r).get("RouteKey"))
        .containsExactly("GET " + ApiStack.DISCOVERY_PATH);
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
        assertThat(env).containsKeys("HICHAT_MYSQL_URL", "HICHAT_REDIS_URL", "HICHAT_JWT_KEYS");
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
  void authorizer_trustsTheApiAsIssuer_forHichatsAudience() {
    var authorizers = Templates.resources(cloud.api(), "AWS::ApiGatewayV2::Authorizer");
    assertThat(authorizers).hasSize(1);
    Map<String, Object> props = Templates.props(authorizers.values().iterator().next());
    assertThat(props.get("AuthorizerType")).isEqualTo("JWT");
    assertThat(props.get("JwtConfiguration").toString()).contains("hichat-api");
  }

  @Test
  void migrations_runAtDeploy_throughTheMigrateFunction() {
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
    assertThat(Templates.resources(cloud.api(), "Custom::HichatMigrations")).hasSize(1);
  }
}
