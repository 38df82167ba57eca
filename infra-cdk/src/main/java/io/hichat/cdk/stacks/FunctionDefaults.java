package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import io.hichat.cdk.constructs.HichatFunction;
import io.hichat.cdk.constructs.LambdaArtifact;
import io.hichat.cdk.constructs.Retention;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * What every function of a stage shares: the artifact, the network, the {@code HICHAT_*}
 * environment (endpoints of the data stores, secrets as deploy-time references) and the alarm
 * topic.
 */
public record FunctionDefaults(
    StageConfig stage,
    LambdaArtifact artifact,
    NetworkStack network,
    Map<String, String> environment,
    ITopic alarms) {

  /** The props of one function; {@code code} must come from the stack the function is in. */
  public HichatFunction.Props props(
      Code code,
      String definition,
      String handler,
      Map<String, String> extraEnvironment,
      Duration timeout,
      boolean snapStart,
      String description) {
    Map<String, String> env = new java.util.LinkedHashMap<>(environment);
    env.putAll(extraEnvironment);
    return new HichatFunction.Props(
        definition,
        handler,
        code,
        env,
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

  /** A route function: the REST handler, SnapStart, the stage's timeout. */
  public HichatFunction.Props route(
      Code code, String function, Map<String, String> extra, String description) {
    return props(
        code,
        function,
        LambdaArtifact.ROUTE_HANDLER,
        extra,
        Duration.seconds(stage.functionTimeoutSeconds()),
        true,
        description);
  }
}
