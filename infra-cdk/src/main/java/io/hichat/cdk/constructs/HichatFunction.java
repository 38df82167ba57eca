package io.hichat.cdk.constructs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * How every HiChat function is deployed, in one place: Java 21 on arm64, the one artifact, the
 * function definition env var, SnapStart with a {@code live} alias on the published version, its
 * own log group with retention, its own role (its log group and the VPC network interfaces, nothing
 * else until a caller grants more), private subnets, and alarms on errors and throttles.
 */
public final class HichatFunction extends Construct {

  /** The alias that API routes, event sources and schedules invoke. */
  public static final String ALIAS = "live";

  /**
   * @param definition the function bean's name ({@code SPRING_CLOUD_FUNCTION_DEFINITION})
   * @param handler the Lambda handler ({@link LambdaArtifact#ROUTE_HANDLER}, {@link
   *     LambdaArtifact#CONSUMER_HANDLER} or {@link LambdaArtifact#FUNCTION_HANDLER})
   * @param code the artifact's code
   * @param environment the {@code HICHAT_*} settings
   * @param snapStart snapshot the initialised JVM (route, consumer and schedule functions)
   * @param alarmTopic where alarms go, or {@code null}
   */
  public record Props(
      String definition,
      String handler,
      Code code,
      Map<String, String> environment,
      IVpc vpc,
      ISecurityGroup securityGroup,
      int memoryMb,
      Duration timeout,
      RetentionDays logRetention,
      RemovalPolicy logRemoval,
      boolean snapStart,
      ITopic alarmTopic,
      String description) {

    public Props {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(handler, "handler");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(vpc, "vpc");
      Objects.requireNonNull(securityGroup, "securityGroup");
      environment = Map.copyOf(environment);
    }
  }

  private final Function function;
  private final Alias alias;
  private final Role role;
  private final LogGroup logGroup;

  public HichatFunction(Construct scope, String id, Props props) {
    super(scope, id);
    logGroup =
        LogGroup.Builder.create(this, "Logs")
            .retention(props.logRetention())
            .removalPolicy(props.logRemoval())
            .build();
    role =
        Role.Builder.create(this, "Role")
            .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
            .description("HiChat function " + props.definition())
            .inlinePolicies(Map.of("Runtime", runtimePolicy(logGroup)))
            .build();
    Nag.accept(
        role,
        Nag.ANY_RESOURCE,
        "Lambda in a VPC manages its network interfaces; EC2 grants those actions only on '*'");

    Map<String, String> env = new LinkedHashMap<>(props.environment());
    env.put("SPRING_CLOUD_FUNCTION_DEFINITION", props.definition());
    env.put("MAIN_CLASS", LambdaArtifact.MAIN_CLASS);
    // C1 only: the JIT's quick tier is what a short-lived, snapshot-restored function gains from
    env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");

    Function.Builder builder =
        Function.Builder.create(this, "Function")
            .description(props.description())
            .runtime(Runtime.JAVA_21)
            .architecture(Architecture.ARM_64)
            .handler(props.handler())
            .code(props.code())
            .memorySize(props.memoryMb())
            .timeout(props.timeout())
            .environment(env)
            .role(role)
            .logGroup(logGroup)
            .vpc(props.vpc())
            .vpcSubnets(
                SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
            .securityGroups(List.of(props.securityGroup()));
    if (props.snapStart()) {
      builder.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
    }
    function = builder.build();
    Nag.accept(
        function,
        "L1",
        "Java 21 is the runtime chosen for HiChat (bytecode level 17, SnapStart); moving to a"
            + " newer Java runtime is a deliberate step, not a lint fix");
    alias =
        Alias.Builder.create(this, "Alias")
            .aliasName(ALIAS)
            .version(function.getCurrentVersion())
            .build();

    if (props.alarmTopic() != null) {
      SnsAction action = new SnsAction(props.alarmTopic());
      Alarm errors =
          function
              .metricErrors(MetricOptions.builder().period(Duration.minutes(5)).build())
              .createAlarm(
                  this,
                  "Errors",
                  software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions.builder()
                      .threshold(1)
                      .evaluationPeriods(1)
                      .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                      .treatMissingData(TreatMissingData.NOT_BREACHING)
                      .alarmDescription(props.definition() + ": invocations failed")
                      .build());
      Alarm throttles =
          function
              .metricThrottles(MetricOptions.builder().period(Duration.minutes(5)).build())
              .createAlarm(
                  this,
                  "Throttles",
                  software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions.builder()
                      .threshold(1)
                      .evaluationPeriods(1)
                      .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                      .treatMissingData(TreatMissingData.NOT_BREACHING)
                      .alarmDescription(props.definition() + ": invocations throttled")
                      .build());
      errors.addAlarmAction(action);
      throttles.addAlarmAction(action);
    }
  }

  private static PolicyDocument runtimePolicy(LogGroup logGroup) {
    return PolicyDocument.Builder.create()
        .statements(
            List.of(
                PolicyStatement.Builder.create()
                    .effect(Effect.ALLOW)
                    .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                    // the log group's ARN attribute ends in ":*", which covers its streams
                    .resources(List.of(logGroup.getLogGroupArn()))
                    .build(),
                PolicyStatement.Builder.create()
                    .effect(Effect.ALLOW)
                    .actions(
                        List.of(
                            "ec2:CreateNetworkInterface",
                            "ec2:DescribeNetworkInterfaces",
                            "ec2:DescribeSubnets",
                            "ec2:DeleteNetworkInterface",
                            "ec2:AssignPrivateIpAddresses",
                            "ec2:UnassignPrivateIpAddresses"))
                    .resources(List.of("*"))
                    .build()))
        .build();
  }

  public Function function() {
    return function;
  }

  /** The {@code live} alias: the published, snapshotted version. */
  public Alias alias() {
    return alias;
  }

  public Role role() {
    return role;
  }

  public LogGroup logGroup() {
    return logGroup;
  }
}
