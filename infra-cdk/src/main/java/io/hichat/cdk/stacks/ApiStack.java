package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import io.hichat.cdk.constructs.HichatFunction;
import io.hichat.cdk.constructs.LambdaArtifact;
import io.hichat.cdk.constructs.Nag;
import io.hichat.cdk.constructs.Retention;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.customresources.Provider;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpAuthorizerType;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.InlineCode;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The HTTP API: its stage (access logs, throttling), the JWT authorizer, the OpenID discovery
 * document the authorizer needs, and the deploy-time migrations. The routes themselves live in the
 * route stacks.
 *
 * <p>API Gateway's JWT authorizer finds the signing keys through {@code
 * <issuer>/.well-known/openid-configuration}, so in AWS the issuer is the API's own URL: this stack
 * serves that document (pointing at the catalogue's {@code /.well-known/jwks.json}) and the
 * functions sign tokens with that issuer ({@code HICHAT_JWT_ISSUER}).
 */
public final class ApiStack extends Stack {

  public static final String AUDIENCE = "hichat-api";
  public static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

  private final HttpApi api;
  private final HttpAuthorizer authorizer;
  private final HichatFunction migrate;

  public ApiStack(Construct scope, String id, StackProps props, FunctionDefaults defaults) {
    super(scope, id, props);
    StageConfig stage = defaults.stage();
    HttpApi.Builder apiBuilder =
        HttpApi.Builder.create(this, "Api")
            .apiName("hichat-" + stage.name())
            .description("HiChat REST API (" + stage.name() + ")")
            .createDefaultStage(false);
    if (!stage.corsOrigins().isEmpty()) {
      apiBuilder.corsPreflight(
          CorsPreflightOptions.builder()
              .allowOrigins(stage.corsOrigins())
              .allowMethods(List.of(CorsHttpMethod.ANY))
              .allowHeaders(List.of("authorization", "content-type"))
              .maxAge(Duration.hours(1))
              .build());
    }
    api = apiBuilder.build();

    LogGroup accessLogs =
        LogGroup.Builder.create(this, "AccessLogs")
            .retention(Retention.atLeast(stage.logRetentionDays()))
            .removalPolicy(Removal.of(stage))
            .build();
    HttpStage.Builder.create(this, "Stage")
        .httpApi(api)
        .stageName("$default")
        .autoDeploy(true)
        .throttle(ThrottleSettings.builder().rateLimit(1000).burstLimit(2000).build())
        .accessLogSettings(
            new software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings() {
              @Override
              public software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination
                  getDestination() {
                return new LogGroupLogDestination(accessLogs);
              }

              @Override
              public AccessLogFormat getFormat() {
                return AccessLogFormat.jsonWithStandardFields();
              }
            })
        .build();

    authorizer =
        HttpAuthorizer.Builder.create(this, "Jwt")
            .httpApi(api)
            .type(HttpAuthorizerType.JWT)
            .authorizerName("hichat-jwt")
            .identitySource(List.of("$request.header.Authorization"))
            .jwtIssuer(issuer())
            .jwtAudience(List.of(AUDIENCE))
            .build();

    LogGroup discoveryLogs =
        LogGroup.Builder.create(this, "DiscoveryLogs")
            .retention(Retention.atLeast(stage.logRetentionDays()))
            .removalPolicy(Removal.of(stage))
            .build();
    Function discovery =
        Function.Builder.create(this, "Discovery")
            .description("HiChat OpenID discovery document for the JWT authorizer")
            .runtime(Runtime.NODEJS_24_X)
            .architecture(Architecture.ARM_64)
            .handler("index.handler")
            .code(
                new InlineCode(
                    "exports.handler = async () => ({ statusCode: 200,"
                        + " headers: { 'content-type': 'application/json',"
                        + " 'cache-control': 'max-age=300' },"
                        + " body: JSON.stringify({ issuer: process.env.ISSUER,"
                        + " jwks_uri: process.env.ISSUER + '/.well-known/jwks.json',"
                        + " id_token_signing_alg_values_supported: ['ES256'] }) });"))
            .environment(Map.of("ISSUER", issuer()))
            .role(logsOnlyRole("DiscoveryRole", discoveryLogs))
            .memorySize(128)
            .timeout(Duration.seconds(3))
            .logGroup(discoveryLogs)
            .build();
    HttpRoute.Builder.create(this, "DiscoveryRoute")
        .httpApi(api)
        .routeKey(HttpRouteKey.with(DISCOVERY_PATH, HttpMethod.GET))
        .integration(new HttpLambdaIntegration("DiscoveryIntegration", discovery))
        .build();
    Nag.accept(
        this,
        "APIG4",
        "routes whose catalogue entry says auth NONE (login, register, codes, the key set and"
            + " this discovery document) are public by design; every other route has the JWT"
            + " authorizer");

    migrate =
        new HichatFunction(
            this,
            "Migrate",
            defaults.props(
                defaults.artifact().code(),
                "migrate",
                LambdaArtifact.FUNCTION_HANDLER,
                Map.of(),
                Duration.minutes(10),
                false,
                "HiChat MySQL migrations (deploy time)"));
    LogGroup providerLogs =
        LogGroup.Builder.create(this, "MigrationsProviderLogs")
            .retention(Retention.atLeast(stage.logRetentionDays()))
            .removalPolicy(Removal.of(stage))
            .build();
    Role providerRole = logsOnlyRole("MigrationsProviderRole", providerLogs);
    Provider provider =
        Provider.Builder.create(this, "Migrations")
            .onEventHandler(migrate.alias())
            .logGroup(providerLogs)
            .role(providerRole)
            .build();
    String aliasId =
        (String)
            resolve(
                getLogicalId(
                    (software.amazon.awscdk.CfnElement)
                        migrate.alias().getNode().getDefaultChild()));
    Nag.accept(
        providerRole,
        "IAM5[Resource::<" + aliasId + ">:*]",
        "CDK's provider framework may invoke the migration alias's qualified ARNs ('<alias>:*')");
    Nag.accept(
        provider, "L1", "the provider framework's runtime is chosen and updated by CDK itself");
    CustomResource migrations =
        CustomResource.Builder.create(this, "Schema")
            .serviceToken(provider.getServiceToken())
            .resourceType("Custom::HichatMigrations")
            // a new artifact may carry new migrations: run them again
            .properties(Map.of("artifactSha256", defaults.artifact().sha256()))
            .build();
    CfnOutput.Builder.create(this, "ApiUrl").value(api.getApiEndpoint()).build();
    CfnOutput.Builder.create(this, "SchemaVersion")
        .value(migrations.getAttString("schemaVersion"))
        .build();
  }

  /** A Lambda role that may only write to its own log group. */
  private Role logsOnlyRole(String id, LogGroup logs) {
    return Role.Builder.create(this, id)
        .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
        .inlinePolicies(
            Map.of(
                "Logs",
                PolicyDocument.Builder.create()
                    .statements(
                        List.of(
                            PolicyStatement.Builder.create()
                                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                                .resources(List.of(logs.getLogGroupArn()))
                                .build()))
                    .build()))
        .build();
  }

  /** The token issuer and JWT authorizer issuer: the API's own URL. */
  public String issuer() {
    return api.getApiEndpoint();
  }

  public HttpApi api() {
    return api;
  }

  public HttpAuthorizer authorizer() {
    return authorizer;
  }

  public HichatFunction migrate() {
    return migrate;
  }
}
