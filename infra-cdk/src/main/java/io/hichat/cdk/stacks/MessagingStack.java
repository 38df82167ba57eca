package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import io.hichat.cdk.constructs.Nag;
import io.hichat.model.event.Topics;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.customresources.SdkCallsPolicyOptions;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.msk.CfnServerlessCluster;
import software.constructs.Construct;

/**
 * Kafka: an MSK Serverless cluster in the private subnets with IAM authentication, and its
 * bootstrap address (read once per deployment, since CloudFormation does not return it). The topics
 * and their {@code .dlq} twins are those of {@link Topics}.
 */
public final class MessagingStack extends Stack {

  private final CfnServerlessCluster cluster;
  private final String bootstrapServers;

  public MessagingStack(
      Construct scope, String id, StackProps props, StageConfig stage, NetworkStack network) {
    super(scope, id, props);
    List<String> subnets =
        network
            .vpc()
            .selectSubnets(
                SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
            .getSubnetIds();
    SecurityGroup kafkaSg =
        SecurityGroup.Builder.create(this, "Brokers")
            .vpc(network.vpc())
            .description("HiChat Kafka: IAM port from the compute group only")
            .allowAllOutbound(false)
            .build();
    kafkaSg.addIngressRule(network.computeSecurityGroup(), Port.tcp(9098), "from HiChat compute");
    cluster =
        CfnServerlessCluster.Builder.create(this, "Kafka")
            .clusterName("hichat-" + stage.name())
            .clientAuthentication(
                CfnServerlessCluster.ClientAuthenticationProperty.builder()
                    .sasl(
                        CfnServerlessCluster.SaslProperty.builder()
                            .iam(CfnServerlessCluster.IamProperty.builder().enabled(true).build())
                            .build())
                    .build())
            .vpcConfigs(
                List.of(
                    CfnServerlessCluster.VpcConfigProperty.builder()
                        .subnetIds(subnets)
                        .securityGroups(List.of(kafkaSg.getSecurityGroupId()))
                        .build()))
            .build();

    AwsSdkCall getBrokers =
        AwsSdkCall.builder()
            .service("Kafka")
            .action("getBootstrapBrokers")
            .parameters(Map.of("ClusterArn", cluster.getAttrArn()))
            .physicalResourceId(PhysicalResourceId.of("hichat-kafka-bootstrap"))
            .outputPaths(List.of("BootstrapBrokerStringSaslIam"))
            .build();
    AwsCustomResource brokers =
        AwsCustomResource.Builder.create(this, "Bootstrap")
            .onCreate(getBrokers)
            .onUpdate(getBrokers)
            .policy(
                AwsCustomResourcePolicy.fromSdkCalls(
                    SdkCallsPolicyOptions.builder()
                        .resources(List.of(cluster.getAttrArn()))
                        .build()))
            .installLatestAwsSdk(false)
            .role(
                Role.Builder.create(this, "BootstrapRole")
                    .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                    .build())
            .build();
    bootstrapServers = brokers.getResponseField("BootstrapBrokerStringSaslIam");
    Nag.accept(
        this,
        "L1",
        "the SDK-call custom resource's provider runtime is chosen and updated by CDK itself");

    CfnOutput.Builder.create(this, "Topics")
        .value(String.join(",", Topics.all()))
        .description("topics HiChat uses, dead-letter twins included")
        .build();
  }

  public String clusterArn() {
    return cluster.getAttrArn();
  }

  /** The SASL/IAM bootstrap servers. */
  public String bootstrapServers() {
    return bootstrapServers;
  }
}
