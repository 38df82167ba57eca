package io.hichat.functions.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.config.KafkaClients;
import io.hichat.functions.support.TestStack;
import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

/**
 * The deploy-time function as the custom resource's provider invokes it, against the real engines:
 * the schema is current and a missing topic is created, with its partitions.
 */
class MigrateFunctionIT {

  /** A topic no other test reads or writes, so deleting it disturbs nothing. */
  static final String SPARE = Topics.deadLetter(Topics.TREND_NOTIFY);

  final TestStack stack = TestStack.get();
  final HichatProperties props = stack.bean(HichatProperties.class);

  @SuppressWarnings("unchecked")
  final Function<Map<String, Object>, Map<String, Object>> migrate =
      stack.context().getBean("migrate", Function.class);

  @Test
  void create_migrates_andCreatesTheMissingTopic() throws Exception {
    try (Admin admin = Admin.create(KafkaClients.common(props.kafka()))) {
      admin.deleteTopics(List.of(SPARE)).all().get();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !admin.listTopics().names().get().contains(SPARE));

      Map<String, Object> answer = migrate.apply(Map.of("RequestType", "Create"));

      assertThat(answer).containsEntry("PhysicalResourceId", MigrateFunction.PHYSICAL_ID);
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) answer.get("Data");
      assertThat(data)
          .containsEntry("migrationsExecuted", 0)
          .containsEntry("topicsCreated", "1")
          .containsEntry("topics", Topics.all().size());
      assertThat((String) data.get("schemaVersion")).isNotBlank();
      Map<String, TopicDescription> topics =
          admin.describeTopics(Topics.all()).allTopicNames().get();
      assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all());
      assertThat(topics.get(SPARE).partitions()).hasSize(Topics.partitions(SPARE));
    }
  }

  @Test
  void update_withEverythingInPlace_createsNothing() {
    Map<String, Object> answer = migrate.apply(Map.of("RequestType", "Update"));
    assertThat(answer.get("Data").toString()).contains("topicsCreated=0", "migrationsExecuted=0");
  }

  @Test
  void delete_leavesSchemaAndTopicsAlone() {
    Map<String, Object> answer = migrate.apply(Map.of("RequestType", "Delete"));
    assertThat(answer)
        .containsEntry("PhysicalResourceId", MigrateFunction.PHYSICAL_ID)
        .containsEntry("Data", Map.of("skipped", "delete"));
  }
}
