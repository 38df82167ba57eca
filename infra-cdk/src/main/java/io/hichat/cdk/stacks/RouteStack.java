package io.hichat.cdk.stacks;

import io.hichat.cdk.constructs.HichatFunction;
import io.hichat.cdk.constructs.Nag;
import io.hichat.model.route.Auth;
import io.hichat.model.route.Route;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteAuthorizerBindOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteAuthorizerConfig;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * A part of the API: for each of its catalogue routes one function (the REST handler restricted to
 * that route by its definition) and one HTTP API route to the function's {@code live} alias, with
 * the JWT authorizer when the route says {@code JWT}.
 */
public final class RouteStack extends Stack {

  /** Settings only some domains need (LiveKit for streaming), by domain. */
  public record DomainSettings(Map<String, Map<String, String>> environment) {
    Map<String, String> of(String domain) {
      return environment.getOrDefault(domain, Map.of());
    }
  }

  private final Map<String, HichatFunction> functions = new java.util.LinkedHashMap<>();

  public RouteStack(
      Construct scope,
      String id,
      StackProps props,
      List<Route> routes,
      FunctionDefaults defaults,
      ApiStack api,
      DomainSettings domains) {
    super(scope, id, props);
    Code code = defaults.artifact().code();
    IHttpRouteAuthorizer jwt = new SharedAuthorizer(api);
    for (Route route : routes) {
      Map<String, String> extra = new java.util.LinkedHashMap<>(domains.of(route.domain()));
      extra.put("HICHAT_JWT_ISSUER", api.issuer());
      extra.put("HICHAT_JWT_AUDIENCE", ApiStack.AUDIENCE);
      HichatFunction function =
          new HichatFunction(
              this,
              route.function(),
              defaults.route(code, route.function(), extra, route.method() + " " + route.path()));
      FunctionGrants.apply(route.function(), function.role(), defaults.stage().name());
      functions.put(route.function(), function);
      HttpRoute.Builder builder =
          HttpRoute.Builder.create(this, route.function() + "Route")
              .httpApi(api.api())
              .routeKey(HttpRouteKey.with(route.path(), HttpMethod.valueOf(route.method().name())))
              .integration(
                  new HttpLambdaIntegration(route.function() + "Integration", function.alias()));
      if (route.auth() == Auth.JWT) {
        builder.authorizer(jwt);
      }
      HttpRoute httpRoute = builder.build();
      if (route.auth() == Auth.NONE) {
        Nag.accept(
            httpRoute,
            "APIG4",
            "the route catalogue marks this route public (auth NONE): it identifies no caller");
      }
    }
  }

  public Map<String, HichatFunction> functions() {
    return functions;
  }

  /**
   * The API stack's JWT authorizer, attached by id: binding the authorizer object itself would
   * create it in the first route stack that uses it.
   */
  private static final class SharedAuthorizer implements IHttpRouteAuthorizer {
    private final ApiStack api;

    SharedAuthorizer(ApiStack api) {
      this.api = api;
    }

    @Override
    public HttpRouteAuthorizerConfig bind(HttpRouteAuthorizerBindOptions options) {
      return HttpRouteAuthorizerConfig.builder()
          .authorizationType("JWT")
          .authorizerId(api.authorizer().getAuthorizerId())
          .build();
    }
  }
}
