package io.hichat.cdk.constructs;

import io.hichat.model.route.ConsumerCatalog.Consumer;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.CfnEventSourceMapping;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * A Kafka consumer: its function, the event source mapping on its topic (batch size, retries,
 * failed batches to a dead-letter queue), the IAM it needs to read the topic as its consumer group,
 * and an alarm when the dead-letter queue holds anything.
 */
public final class KafkaConsumerFunction extends Construct {

  /**
   * @param clusterArn the MSK cluster
   * @param function how the function is deployed (handler, definition, environment)
   */
  public record Props(
      Consumer consumer, String clusterArn, HichatFunction.Props function, ITopic alarmTopic) {}

  private final HichatFunction function;
  private final Queue deadLetters;

  public KafkaConsumerFunction(Construct scope, String id, Props props) {
    super(scope, id);
    Consumer consumer = props.consumer();
    function = new HichatFunction(this, "Function", props.function());
    deadLetters =
        Queue.Builder.create(this, "DeadLetters")
            .encryption(QueueEncryption.SQS_MANAGED)
            .enforceSsl(true)
            .retentionPeriod(Duration.days(14))
            .build();
    Nag.accept(
        deadLetters,
        "SQS3",
        "this queue is the event source mapping's dead-letter destination; it needs none itself");

    String group = "hichat-" + consumer.function();
    // L1 on purpose: the L2 event source attaches an AWS managed policy; these statements are
    // the mapping's needs, spelled out
    CfnEventSourceMapping.Builder.create(this, "Mapping")
        .functionName(function.alias().getFunctionArn())
        .eventSourceArn(props.clusterArn())
        .topics(List.of(consumer.topic()))
        .batchSize(consumer.batchSize())
        .maximumBatchingWindowInSeconds(1)
        .startingPosition("TRIM_HORIZON")
        .maximumRetryAttempts(consumer.maxRetries())
        .destinationConfig(
            CfnEventSourceMapping.DestinationConfigProperty.builder()
                .onFailure(
                    CfnEventSourceMapping.OnFailureProperty.builder()
                        .destination(deadLetters.getQueueArn())
                        .build())
                .build())
        .amazonManagedKafkaEventSourceConfig(
            CfnEventSourceMapping.AmazonManagedKafkaEventSourceConfigProperty.builder()
                .consumerGroupId(group)
                .build())
        .build();
    deadLetters.grantSendMessages(function.role());
    function
        .role()
        .addToPrincipalPolicy(
            PolicyStatement.Builder.create()
                .actions(
                    List.of(
                        "kafka:DescribeCluster",
                        "kafka:DescribeClusterV2",
                        "kafka:GetBootstrapBrokers"))
                .resources(List.of(props.clusterArn()))
                .build());
    function
        .role()
        .addToPrincipalPolicy(
            PolicyStatement.Builder.create()
                .actions(List.of("ec2:DescribeVpcs", "ec2:DescribeSecurityGroups"))
                .resources(List.of("*"))
                .build());

    // MSK IAM: connect, read the topic, commit as its own group
    String cluster = props.clusterArn();
    String topicArn = cluster.replace(":cluster/", ":topic/") + "/" + consumer.topic();
    String groupArn = cluster.replace(":cluster/", ":group/") + "/" + group;
    function
        .role()
        .addToPrincipalPolicy(
            PolicyStatement.Builder.create()
                .actions(
                    List.of(
                        "kafka-cluster:Connect",
                        "kafka-cluster:DescribeClusterDynamicConfiguration"))
                .resources(List.of(cluster))
                .build());
    function
        .role()
        .addToPrincipalPolicy(
            PolicyStatement.Builder.create()
                .actions(List.of("kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"))
                .resources(List.of(topicArn))
                .build());
    function
        .role()
        .addToPrincipalPolicy(
            PolicyStatement.Builder.create()
                .actions(List.of("kafka-cluster:AlterGroup", "kafka-cluster:DescribeGroup"))
                .resources(List.of(groupArn))
                .build());

    if (props.alarmTopic() != null) {
      Alarm alarm =
          deadLetters
              .metricApproximateNumberOfMessagesVisible(
                  MetricOptions.builder().period(Duration.minutes(5)).build())
              .createAlarm(
                  this,
                  "DeadLettersAlarm",
                  CreateAlarmOptions.builder()
                      .threshold(1)
                      .evaluationPeriods(1)
                      .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                      .treatMissingData(TreatMissingData.NOT_BREACHING)
                      .alarmDescription(consumer.function() + ": records dead-lettered")
                      .build());
      alarm.addAlarmAction(new SnsAction(props.alarmTopic()));
    }
  }

  public HichatFunction function() {
    return function;
  }

  public Queue deadLetters() {
    return deadLetters;
  }
}
