package io.hichat.cdk.constructs;

import io.hichat.model.event.Topics;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * MSK IAM access control for HiChat's cluster: the ARNs of its topics and consumer groups, and the
 * {@code kafka-cluster:*} statements a role needs to produce, consume or create topics — always on
 * named topics and groups, never on a wildcard.
 *
 * <p>MSK names a cluster {@code arn:...:cluster/<name>/<uuid>}, its topics {@code
 * arn:...:topic/<name>/<uuid>/<topic>} and its groups {@code arn:...:group/<name>/<uuid>/<group>};
 * the uuid is known only at deploy time, so it is cut from the cluster's ARN there.
 *
 * @param clusterArn the cluster's ARN (a deploy-time value)
 * @param clusterName the cluster's name, as given to MSK
 */
public record KafkaAccess(String clusterArn, String clusterName) {

  public KafkaAccess {
    Objects.requireNonNull(clusterArn, "clusterArn");
    Objects.requireNonNull(clusterName, "clusterName");
  }

  /** The topics events are published to: every HiChat topic but the dead-letter ones. */
  public static List<String> eventTopics() {
    return Topics.all().stream().filter(t -> !t.endsWith(Topics.DLQ_SUFFIX)).toList();
  }

  public String topicArn(String topic) {
    return resourceArn("topic", topic);
  }

  public String groupArn(String group) {
    return resourceArn("group", group);
  }

  private String resourceArn(String type, String name) {
    String uuid = Fn.select(2, Fn.split("/", clusterArn));
    return "arn:"
        + Aws.PARTITION
        + ":kafka:"
        + Aws.REGION
        + ":"
        + Aws.ACCOUNT_ID
        + ":"
        + type
        + "/"
        + clusterName
        + "/"
        + uuid
        + "/"
        + name;
  }

  /**
   * Producing to {@code topics}: connect; write, and describe the topic (the producer reads its
   * metadata); idempotent writes on the cluster (the producer is idempotent, and MSK still lists
   * the permission for serverless clusters).
   */
  public void grantProduce(IRole role, Collection<String> topics) {
    requireTopics(topics);
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("kafka-cluster:Connect", "kafka-cluster:WriteDataIdempotently"))
            .resources(List.of(clusterArn))
            .build());
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"))
            .resources(topics.stream().map(this::topicArn).toList())
            .build());
  }

  /**
   * Consuming {@code topic} as {@code group} (what Lambda's event source mapping does with the
   * function's role): connect; read and describe the topic; join and commit as the group.
   */
  public void grantConsume(IRole role, String topic, String group) {
    requireTopics(List.of(topic));
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(
                List.of(
                    "kafka-cluster:Connect", "kafka-cluster:DescribeClusterDynamicConfiguration"))
            .resources(List.of(clusterArn))
            .build());
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"))
            .resources(List.of(topicArn(topic)))
            .build());
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("kafka-cluster:AlterGroup", "kafka-cluster:DescribeGroup"))
            .resources(List.of(groupArn(group)))
            .build());
  }

  /** Creating (and first describing) {@code topics}: the deploy-time provisioning. */
  public void grantCreateTopics(IRole role, Collection<String> topics) {
    requireTopics(topics);
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("kafka-cluster:Connect"))
            .resources(List.of(clusterArn))
            .build());
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("kafka-cluster:CreateTopic", "kafka-cluster:DescribeTopic"))
            .resources(topics.stream().map(this::topicArn).toList())
            .build());
  }

  private static void requireTopics(Collection<String> topics) {
    if (topics.isEmpty() || !Topics.all().containsAll(topics)) {
      throw new IllegalArgumentException("not HiChat topics: " + topics);
    }
  }
}
