package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.route.ConsumerCatalog.Consumer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each consumer of the catalogue gets its event source mapping, retries and dead-letter queue. */
class ConsumersTest {

  final HichatCloud cloud = Clouds.dev();

  @Test
  void everyConsumer_hasItsMapping_withBatchRetriesAndDeadLetterQueue() {
    var mappings = Templates.resources(cloud.consumers(), "AWS::Lambda::EventSourceMapping");
    assertThat(mappings).hasSize(Clouds.TEST_CONSUMERS.consumers().size());
    for (Consumer consumer : Clouds.TEST_CONSUMERS.consumers()) {
      assertThat(mappings.values())
          .as(consumer.function())
          .anySatisfy(
              m -> {
                Map<String, Object> props = Templates.props(m);
                assertThat(props.get("Topics")).isEqualTo(java.util.List.of(consumer.topic()));
                assertThat(props.get("BatchSize")).isEqualTo(consumer.batchSize());
                assertThat(props.get("MaximumRetryAttempts")).isEqualTo(consumer.maxRetries());
                assertThat(props.get("StartingPosition")).isEqualTo("TRIM_HORIZON");
                assertThat(props.get("DestinationConfig").toString()).contains("DeadLetters");
                assertThat(props.get("FunctionName").toString()).contains("Alias");
                assertThat(props.get("AmazonManagedKafkaEventSourceConfig").toString())
                    .contains("hichat-" + consumer.function());
              });
    }
    assertThat(Templates.resources(cloud.consumers(), "AWS::SQS::Queue"))
        .hasSize(Clouds.TEST_CONSUMERS.consumers().size());
  }

  @Test
  void everyDeadLetterQueue_isAlarmed() {
    var alarms = Templates.resources(cloud.consumers(), "AWS::CloudWatch::Alarm");
    long dlqAlarms =
        alarms.values().stream()
            .filter(
                a ->
                    "ApproximateNumberOfMessagesVisible"
                        .equals(Templates.props(a).get("MetricName")))
            .count();
    assertThat(dlqAlarms).isEqualTo(Clouds.TEST_CONSUMERS.consumers().size());
  }

  @Test
  void everySchedule_hasARuleAtItsRate() {
    var rules = Templates.resources(cloud.consumers(), "AWS::Events::Rule");
    assertThat(rules.values())
        .extracting(r -> Templates.props(r).get("ScheduleExpression"))
        .containsExactlyInAnyOrderElementsOf(
            Clouds.TEST_CONSUMERS.schedules().stream()
                .map(s -> s.rate().toMinutes())
                .map(m -> "rate(" + m + (m == 1 ? " minute)" : " minutes)"))
                .toList());
  }

  @Test
  void theRealCatalogue_namesTheConsumersThatExist() {
    assertThat(io.hichat.model.route.ConsumerCatalog.get().consumers())
        .extracting(Consumer::function)
        .contains("notifyPersist", "relationSync", "chatPersist", "readReceipt", "recallPush");
  }
}
