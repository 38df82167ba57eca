package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import io.hichat.cdk.constructs.Nag;
import io.hichat.cdk.constructs.Retention;
import io.hichat.cdk.constructs.SecretEnv;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseNetworkListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.Protocol;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * The WebSocket connector fleet: a Fargate service in the private subnets behind an internet-facing
 * NLB, health-checked, scaled on CPU and on connections per task, draining for two minutes when a
 * task leaves. Only deployed when the stage names the connector's image.
 */
public final class ConnectorsStack extends Stack {

  /** The connector's WebSocket port. */
  public static final int PORT = 8090;

  /** How long a leaving task keeps its sockets (close 1001 and let clients reconnect). */
  static final Duration DRAIN = Duration.seconds(120);

  private final FargateService service;
  private final NetworkLoadBalancer loadBalancer;

  public ConnectorsStack(
      Construct scope,
      String id,
      StackProps props,
      StageConfig stage,
      NetworkStack network,
      Map<String, String> environment,
      List<SecretEnv> secrets,
      ITopic alarms) {
    super(scope, id, props);
    Cluster cluster =
        Cluster.Builder.create(this, "Cluster")
            .vpc(network.vpc())
            .containerInsightsV2(ContainerInsights.ENABLED)
            .build();
    FargateTaskDefinition task =
        FargateTaskDefinition.Builder.create(this, "Task").cpu(512).memoryLimitMiB(1024).build();
    LogGroup logs =
        LogGroup.Builder.create(this, "Logs")
            .retention(Retention.atLeast(stage.logRetentionDays()))
            .removalPolicy(Removal.of(stage))
            .build();
    // ECS puts the secrets' values into the container's environment when a task starts (the task
    // definition names only the secrets; the execution role may read exactly those): the connector
    // needs no Secrets Manager client of its own
    Map<String, String> env = new java.util.LinkedHashMap<>(environment);
    env.put("HICHAT_CONNECTOR_PORT", Integer.toString(PORT));
    env.put("HICHAT_CONNECTOR_BIND", "0.0.0.0");
    Map<String, Secret> injected = injectedSecrets(secrets);
    task.addContainer(
        "connector",
        ContainerDefinitionOptions.builder()
            .image(ContainerImage.fromRegistry(stage.connectorImage()))
            .environment(env)
            .secrets(injected)
            .portMappings(List.of(PortMapping.builder().containerPort(PORT).build()))
            .stopTimeout(DRAIN)
            .logging(
                LogDriver.awsLogs(
                    AwsLogDriverProps.builder().logGroup(logs).streamPrefix("ws").build()))
            .build());
    Nag.accept(
        task,
        "ECS2",
        "the connector reads endpoints from its environment, as every HiChat process does"
            + " (configuration by HICHAT_* variables); secret values are injected by ECS from"
            + " Secrets Manager, never written into the task definition");
    Nag.accept(task, "IAM5", "CDK's task execution role may pull from the registry ('*')");

    SecurityGroup connectorSg =
        SecurityGroup.Builder.create(this, "Connectors")
            .vpc(network.vpc())
            .description("HiChat connectors: WebSocket port from the load balancer")
            .allowAllOutbound(true)
            .build();
    connectorSg.addIngressRule(
        Peer.ipv4(network.vpc().getVpcCidrBlock()), Port.tcp(PORT), "NLB to connectors");
    Nag.accept(
        connectorSg,
        "EC23",
        "ingress is the VPC's own CIDR (the NLB's addresses), not the internet; the rule cannot"
            + " read the CIDR reference");
    service =
        FargateService.Builder.create(this, "Service")
            .cluster(cluster)
            .taskDefinition(task)
            .desiredCount(stage.connectorMinTasks())
            // the compute group reaches the data stores; the connectors' own admits the NLB
            .securityGroups(List.of(network.computeSecurityGroup(), connectorSg))
            .vpcSubnets(
                SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
            .minHealthyPercent(100)
            .circuitBreaker(
                software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker.builder()
                    .rollback(true)
                    .build())
            .build();

    loadBalancer =
        NetworkLoadBalancer.Builder.create(this, "Nlb")
            .vpc(network.vpc())
            .internetFacing(true)
            .crossZoneEnabled(true)
            .build();
    Nag.accept(
        loadBalancer,
        "ELB2",
        "NLB access logs only cover TLS listeners; connection counts and health are alarmed");
    NetworkListener listener =
        loadBalancer.addListener(
            "Ws", BaseNetworkListenerProps.builder().port(80).protocol(Protocol.TCP).build());
    NetworkTargetGroup targets =
        listener.addTargets(
            "Connectors",
            software.amazon.awscdk.services.elasticloadbalancingv2.AddNetworkTargetsProps.builder()
                .port(PORT)
                .protocol(Protocol.TCP)
                .targets(List.of(service))
                .deregistrationDelay(DRAIN)
                .healthCheck(
                    HealthCheck.builder()
                        .protocol(Protocol.HTTP)
                        .path("/health")
                        .interval(Duration.seconds(10))
                        .healthyThresholdCount(2)
                        .unhealthyThresholdCount(2)
                        .build())
                .build());

    ScalableTaskCount scaling =
        service.autoScaleTaskCount(
            EnableScalingProps.builder()
                .minCapacity(stage.connectorMinTasks())
                .maxCapacity(stage.connectorMaxTasks())
                .build());
    scaling.scaleOnCpuUtilization(
        "Cpu",
        CpuUtilizationScalingProps.builder()
            .targetUtilizationPercent(60)
            .scaleInCooldown(Duration.minutes(5))
            .build());
    Metric flows =
        Metric.Builder.create()
            .namespace("AWS/NetworkELB")
            .metricName("ActiveFlowCount")
            .dimensionsMap(Map.of("LoadBalancer", loadBalancer.getLoadBalancerFullName()))
            .statistic("Average")
            .period(Duration.minutes(1))
            .build();
    scaling.scaleOnMetric(
        "Connections",
        software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps.builder()
            .metric(flows)
            .scalingSteps(
                List.of(
                    ScalingInterval.builder()
                        .upper(5_000 * stage.connectorMinTasks())
                        .change(-1)
                        .build(),
                    ScalingInterval.builder()
                        .lower(20_000 * stage.connectorMinTasks())
                        .change(+1)
                        .build()))
            .cooldown(Duration.minutes(3))
            .build());

    Metric.Builder.create()
        .namespace("AWS/NetworkELB")
        .metricName("UnHealthyHostCount")
        .dimensionsMap(
            Map.of(
                "LoadBalancer", loadBalancer.getLoadBalancerFullName(),
                "TargetGroup", targets.getTargetGroupFullName()))
        .statistic("Maximum")
        .period(Duration.minutes(1))
        .build()
        .createAlarm(
            this,
            "Unhealthy",
            CreateAlarmOptions.builder()
                .threshold(1)
                .evaluationPeriods(2)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("connector tasks failing health checks")
                .build())
        .addAlarmAction(new SnsAction(alarms));
  }

  /**
   * The environment variables the connector reads (ConnectorConfig), from the secrets the functions
   * are given by ARN: MySQL's and MongoDB's user and password fields, the JWT key set whole.
   * Secrets the connector has no use for are left out.
   */
  static Map<String, Secret> injectedSecrets(List<SecretEnv> secrets) {
    Map<String, Secret> out = new java.util.LinkedHashMap<>();
    for (SecretEnv secret : secrets) {
      switch (secret.variable()) {
        case "HICHAT_MYSQL_SECRET_ARN" -> {
          out.put("HICHAT_MYSQL_USER", Secret.fromSecretsManager(secret.secret(), "username"));
          out.put("HICHAT_MYSQL_PASSWORD", Secret.fromSecretsManager(secret.secret(), "password"));
        }
        case "HICHAT_MONGO_SECRET_ARN" -> {
          out.put("HICHAT_MONGO_USER", Secret.fromSecretsManager(secret.secret(), "username"));
          out.put("HICHAT_MONGO_PASSWORD", Secret.fromSecretsManager(secret.secret(), "password"));
        }
        case "HICHAT_JWT_KEYS_SECRET_ARN" ->
            out.put("HICHAT_JWT_KEYS", Secret.fromSecretsManager(secret.secret()));
        default -> {
          // not read by the connector
        }
      }
    }
    return out;
  }

  public FargateService service() {
    return service;
  }

  public NetworkLoadBalancer loadBalancer() {
    return loadBalancer;
  }
}
