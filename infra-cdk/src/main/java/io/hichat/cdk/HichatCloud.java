package io.hichat.cdk;

import io.hichat.cdk.constructs.LambdaArtifact;
import io.hichat.cdk.stacks.AlarmsStack;
import io.hichat.cdk.stacks.ApiStack;
import io.hichat.cdk.stacks.ConnectorsStack;
import io.hichat.cdk.stacks.ConsumersStack;
import io.hichat.cdk.stacks.DashboardStack;
import io.hichat.cdk.stacks.DataStack;
import io.hichat.cdk.stacks.FunctionDefaults;
import io.hichat.cdk.stacks.MessagingStack;
import io.hichat.cdk.stacks.NetworkStack;
import io.hichat.cdk.stacks.RoutePlan;
import io.hichat.cdk.stacks.RouteStack;
import io.hichat.cdk.stacks.StreamingStack;
import io.hichat.model.route.ConsumerCatalog;
import io.hichat.model.route.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

/**
 * HiChat in one stage: the stacks per concern and how they are wired. Routes come from the route
 * catalogue, consumers and schedules from the consumer catalogue; nothing here names an endpoint.
 */
public record HichatCloud(
    NetworkStack network,
    AlarmsStack alarms,
    DataStack data,
    MessagingStack messaging,
    StreamingStack streaming,
    ApiStack api,
    List<RouteStack> routes,
    ConsumersStack consumers,
    ConnectorsStack connectors,
    DashboardStack dashboard) {

  /** Every stack, in deployment order. */
  public List<Stack> stacks() {
    List<Stack> all = new ArrayList<>(List.of(network, alarms, data, messaging, streaming, api));
    all.addAll(routes);
    if (consumers != null) {
      all.add(consumers);
    }
    if (connectors != null) {
      all.add(connectors);
    }
    all.add(dashboard);
    return all;
  }

  public static HichatCloud build(
      Construct scope,
      StageConfig stage,
      LambdaArtifact artifact,
      List<Route> routeCatalog,
      ConsumerCatalog consumerCatalog) {
    StackProps props =
        StackProps.builder()
            .env(
                stage.account() == null && stage.region() == null
                    ? null
                    : Environment.builder().account(stage.account()).region(stage.region()).build())
            .build();
    Tags.of(scope).add("app", "hichat");
    Tags.of(scope).add("stage", stage.name());

    NetworkStack network = new NetworkStack(scope, stage.stackName("network"), props, stage);
    AlarmsStack alarms = new AlarmsStack(scope, stage.stackName("alarms"), props, stage);
    DataStack data = new DataStack(scope, stage.stackName("data"), props, stage, network);
    MessagingStack messaging =
        new MessagingStack(scope, stage.stackName("messaging"), props, stage, network);
    StreamingStack streaming =
        new StreamingStack(scope, stage.stackName("streaming"), props, stage);

    Map<String, String> env = new LinkedHashMap<>();
    env.put("HICHAT_DEV_MODE", "false");
    env.put("HICHAT_MYSQL_URL", data.mysqlUrl());
    env.put("HICHAT_MYSQL_USER", data.mysqlSecret().secretValueFromJson("username").unsafeUnwrap());
    env.put(
        "HICHAT_MYSQL_PASSWORD", data.mysqlSecret().secretValueFromJson("password").unsafeUnwrap());
    env.put("HICHAT_REDIS_URL", data.redisUrl());
    env.put("HICHAT_MONGO_URI", data.mongoUri());
    env.put("HICHAT_KAFKA_BOOTSTRAP", messaging.bootstrapServers());
    env.put("HICHAT_S3_BUCKET", data.media().bucket().getBucketName());
    env.put("HICHAT_S3_REGION", software.amazon.awscdk.Aws.REGION);
    env.put(
        "HICHAT_S3_PUBLIC_BASE_URL",
        "https://" + data.media().distribution().getDistributionDomainName());
    env.put("HICHAT_JWT_KEYS", SecretValue.secretsManager(stage.jwtKeysSecret()).unsafeUnwrap());
    FunctionDefaults defaults =
        new FunctionDefaults(stage, artifact, network, Map.copyOf(env), alarms.topic());

    ApiStack api = new ApiStack(scope, stage.stackName("api"), props, defaults);
    RouteStack.DomainSettings domains =
        new RouteStack.DomainSettings(Map.of("streaming", streaming.livekitEnvironment()));
    List<RouteStack> routes = new ArrayList<>();
    RoutePlan.of(routeCatalog, stage.routesPerStack())
        .parts()
        .forEach(
            (concern, list) ->
                routes.add(
                    new RouteStack(
                        scope, stage.stackName(concern), props, list, defaults, api, domains)));

    ConsumersStack consumers = null;
    if (!consumerCatalog.consumers().isEmpty() || !consumerCatalog.schedules().isEmpty()) {
      consumers =
          new ConsumersStack(
              scope, stage.stackName("consumers"), props, consumerCatalog, defaults, messaging);
    }
    ConnectorsStack connectors = null;
    if (stage.connectorImage() != null) {
      Map<String, String> connectorEnv = new LinkedHashMap<>(env);
      connectorEnv.put("HICHAT_JWT_ISSUER", api.issuer());
      connectors =
          new ConnectorsStack(
              scope,
              stage.stackName("connectors"),
              props,
              stage,
              network,
              connectorEnv,
              alarms.topic());
    }
    DashboardStack dashboard =
        new DashboardStack(scope, stage.stackName("dashboard"), props, stage, api);
    return new HichatCloud(
        network, alarms, data, messaging, streaming, api, routes, consumers, connectors, dashboard);
  }
}
