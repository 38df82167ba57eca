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
   * @param kafka the MSK cluster's ARNs and grants
   * @param function how the function is deployed (handler, definition, environment)
   */
  public record Props(
      Consumer consumer, KafkaAccess kafka, HichatFunction.Props function, ITopic alarmTopic) {}

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

    String group = consumer.group();
    // L1 on purpose: the L2 event source attaches an AWS managed policy; these statements are
    // the mapping's needs, spelled out
    CfnEventSourceMapping.Builder.create(this, "Mapping")
        .functionName(function.alias().getFunctionArn())
        .eventSourceArn(props.kafka().clusterArn())
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
                .resources(List.of(props.kafka().clusterArn()))
                .build());
    function
        .role()
        .addToPrincipalPolicy(
            PolicyStatement.Builder.create()
                .actions(List.of("ec2:DescribeVpcs", "ec2:DescribeSecurityGroups"))
                .resources(List.of("*"))
                .build());

    // MSK IAM: read the topic and commit as its own group; send failed records to its
    // dead-letter topic, and publish events when the catalogue says it does
    props.kafka().grantConsume(function.role(), consumer.topic(), group);
    props
        .kafka()
        .grantProduce(
            function.role(),
            consumer.publishes()
                ? concat(KafkaAccess.eventTopics(), consumer.deadLetterTopic())
                : List.of(consumer.deadLetterTopic()));

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

  private static List<String> concat(List<String> topics, String more) {
    List<String> all = new java.util.ArrayList<>(topics);
    all.add(more);
    return all;
  }

  public HichatFunction function() {
    return function;
  }

  public Queue deadLetters() {
    return deadLetters;
  }
}
