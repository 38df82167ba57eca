package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import io.hichat.cdk.constructs.HichatFunction;
import io.hichat.cdk.constructs.KafkaAccess;
import io.hichat.cdk.constructs.LambdaArtifact;
import io.hichat.cdk.constructs.Retention;
import io.hichat.cdk.constructs.SecretEnv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * What every function of a stage shares: the artifact, the network, the {@code HICHAT_*}
 * environment (endpoints of the data stores; never a secret's value), the secrets every function
 * reads (MySQL, MongoDB) and those every route function reads as well (the JWT signing keys), the
 * Kafka cluster's grants and the alarm topic.
 */
public record FunctionDefaults(
    StageConfig stage,
    LambdaArtifact artifact,
    NetworkStack network,
    Map<String, String> environment,
    List<SecretEnv> secrets,
    List<SecretEnv> routeSecrets,
    KafkaAccess kafka,
    ITopic alarms) {

  public FunctionDefaults {
    environment = Map.copyOf(environment);
    secrets = List.copyOf(secrets);
    routeSecrets = List.copyOf(routeSecrets);
  }

  /** The props of one function; {@code code} must come from the stack the function is in. */
  public HichatFunction.Props props(
      Code code,
      String definition,
      String handler,
      Map<String, String> extraEnvironment,
      Duration timeout,
      boolean snapStart,
      String description) {
    return props(
        code, definition, handler, extraEnvironment, List.of(), timeout, snapStart, description);
  }

  private HichatFunction.Props props(
      Code code,
      String definition,
      String handler,
      Map<String, String> extraEnvironment,
      List<SecretEnv> extraSecrets,
      Duration timeout,
      boolean snapStart,
      String description) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.putAll(extraEnvironment);
    List<SecretEnv> all = new ArrayList<>(secrets);
    all.addAll(extraSecrets);
    return new HichatFunction.Props(
        definition,
        handler,
        code,
        env,
        all,
        network.vpc(),
        network.computeSecurityGroup(),
        stage.functionMemoryMb(),
        timeout,
        Retention.atLeast(stage.logRetentionDays()),
        Removal.of(stage),
        snapStart,
        alarms,
        description);
  }

  /**
   * A route function: the REST handler, SnapStart, the stage's timeout, the route secrets and
   * {@code extraSecrets} (those of its domain).
   */
  public HichatFunction.Props route(
      Code code,
      String function,
      Map<String, String> extra,
      List<SecretEnv> extraSecrets,
      String description) {
    List<SecretEnv> all = new ArrayList<>(routeSecrets);
    all.addAll(extraSecrets);
    return props(
        code,
        function,
        LambdaArtifact.ROUTE_HANDLER,
        extra,
        all,
        Duration.seconds(stage.functionTimeoutSeconds()),
        true,
        description);
  }
}
