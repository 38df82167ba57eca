package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The network: a VPC with public subnets (NAT, the connectors' load balancer) and private subnets
 * (functions, databases, Kafka), flow logs, the free S3 gateway endpoint, and the security group of
 * everything that calls the data stores (the stores' own groups admit it).
 */
public final class NetworkStack extends Stack {

  private final Vpc vpc;
  private final SecurityGroup computeSecurityGroup;

  public NetworkStack(Construct scope, String id, StackProps props, StageConfig stage) {
    super(scope, id, props);
    vpc =
        Vpc.Builder.create(this, "Vpc")
            .maxAzs(stage.maxAzs())
            .natGateways(stage.natGateways())
            .subnetConfiguration(
                List.of(
                    SubnetConfiguration.builder()
                        .name("public")
                        .subnetType(SubnetType.PUBLIC)
                        .cidrMask(24)
                        .build(),
                    SubnetConfiguration.builder()
                        .name("private")
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .cidrMask(20)
                        .build()))
            .gatewayEndpoints(
                java.util.Map.of(
                    "S3",
                    GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3)
                        .build()))
            .build();
    LogGroup flowLogs =
        LogGroup.Builder.create(this, "FlowLogs")
            .retention(io.hichat.cdk.constructs.Retention.atLeast(stage.logRetentionDays()))
            .removalPolicy(Removal.of(stage))
            .build();
    vpc.addFlowLog(
        "FlowLog",
        FlowLogOptions.builder()
            .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
            .build());

    computeSecurityGroup =
        SecurityGroup.Builder.create(this, "Compute")
            .vpc(vpc)
            .description("HiChat functions and connectors: call the data stores and AWS APIs")
            .allowAllOutbound(true)
            .build();
  }

  public IVpc vpc() {
    return vpc;
  }

  public SecurityGroup computeSecurityGroup() {
    return computeSecurityGroup;
  }
}
