package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import io.hichat.cdk.constructs.KafkaAccess;
import io.hichat.cdk.stacks.FunctionGrants;
import io.hichat.cdk.stacks.RouteStack;
import io.hichat.model.event.Topics;
import io.hichat.model.route.ConsumerCatalog;
import io.hichat.model.route.ConsumerCatalog.Consumer;
import io.hichat.model.route.ConsumerCatalog.Schedule;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/**
 * Who may write to Kafka is declared (route functions in {@link FunctionGrants#publishers()},
 * consumers and schedules by their catalogue flag), and the declaration must match the code: a
 * function publishes when the code its bean runs can reach the outbox, its publisher or the Kafka
 * producer (calls, references and lambdas followed through HiChat's classes, every implementation
 * of an interface included). A consumer's own dead-letter sends (the record processor) are granted
 * to every consumer and do not count.
 */
class KafkaPublishersTest {

  /** Using any of these means publishing. */
  static final Set<String> PUBLISHING =
      Set.of(
          "io.hichat.functions.outbox.Outbox",
          "io.hichat.functions.outbox.OutboxPublisher",
          "org.apache.kafka.clients.producer.Producer");

  static final String RECORD_PROCESSOR = "io.hichat.functions.consumer.RecordProcessor";

  final FunctionBeans beans = FunctionBeans.get();
  final HichatCloud cloud = Clouds.dev();

  @Test
  void everyCatalogueFunction_isABeanOfTheFunctionsModule() {
    List<String> missing = new ArrayList<>();
    RouteCatalog.get().routes().forEach(r -> requireBean(r.function(), missing));
    ConsumerCatalog.get().consumers().forEach(c -> requireBean(c.function(), missing));
    ConsumerCatalog.get().schedules().forEach(s -> requireBean(s.function(), missing));
    assertThat(missing)
        .as("catalogue functions without exactly one @Component(\"name\") class")
        .isEmpty();
  }

  @Test
  void theAnalysis_seesKnownPaths() {
    // the relay publishes through the outbox's publisher; a consumer reaches the producer only
    // through the record processor (dead letters), which the check leaves out
    assertThat(beans.callPath(bean("outboxRelay"), PUBLISHING, Set.of()))
        .startsWith("OutboxRelay.get")
        .endsWith("OutboxPublisher.publish");
    assertThat(beans.callPath(bean("notifyPersist"), PUBLISHING, Set.of()))
        .startsWith("NotifyPersistConsumer.apply")
        .endsWith("RecordProcessor.deadLetter", "Producer.send");
    assertThat(beans.callPath(bean("notifyPersist"), PUBLISHING, Set.of(RECORD_PROCESSOR)))
        .isEmpty();
    // code in a lambda counts (the deletion runs inside a transaction callback)
    assertThat(beans.callPath(bean("friendDelete"), PUBLISHING, Set.of()))
        .startsWith("FriendDeleteEndpoint.apply")
        .endsWith("Outbox.appendVersioned");
    // holding a service that can publish is not publishing: login never calls the deletion
    assertThat(beans.callPath(bean("userLogin"), PUBLISHING, Set.of())).isEmpty();
  }

  @Test
  void routeFunctions_reachingTheProducer_areExactlyTheGrantedPublishers() {
    Map<String, List<String>> publishing = new TreeMap<>();
    for (Route route : RouteCatalog.get().routes()) {
      List<String> path = beans.callPath(bean(route.function()), PUBLISHING, Set.of());
      if (!path.isEmpty()) {
        publishing.put(route.function(), path);
      }
    }
    assertThat(new TreeSet<>(publishing.keySet()))
        .as(
            "route functions that publish (%s) must be named in FunctionGrants.PUBLISHERS, and"
                + " only those",
            publishing)
        .isEqualTo(new TreeSet<>(FunctionGrants.publishers()));
  }

  @Test
  void consumersAndSchedules_publishExactlyWhenTheCatalogueSaysSo() {
    List<String> wrong = new ArrayList<>();
    for (Consumer consumer : ConsumerCatalog.get().consumers()) {
      List<String> path =
          beans.callPath(bean(consumer.function()), PUBLISHING, Set.of(RECORD_PROCESSOR));
      if (path.isEmpty() == consumer.publishes()) {
        wrong.add(consumer.function() + " publishes=" + consumer.publishes() + " path=" + path);
      }
    }
    for (Schedule schedule : ConsumerCatalog.get().schedules()) {
      List<String> path = beans.callPath(bean(schedule.function()), PUBLISHING, Set.of());
      if (path.isEmpty() == schedule.publishes()) {
        wrong.add(schedule.function() + " publishes=" + schedule.publishes() + " path=" + path);
      }
    }
    assertThat(wrong).as("ConsumerCatalog publishes flags that differ from the code").isEmpty();
  }

  @Test
  void consumers_writeOnlyTheirDeadLetterTopic_unlessTheyPublish_andTheRelayWritesEventTopics() {
    var statements = Policies.byDefinition(cloud.consumers());
    for (Consumer consumer : ConsumerCatalog.get().consumers()) {
      Set<String> expected = new TreeSet<>(List.of(consumer.deadLetterTopic()));
      if (consumer.publishes()) {
        expected.addAll(KafkaAccess.eventTopics());
      }
      var own = statements.get(consumer.function());
      assertThat(topics(own, "kafka-cluster:WriteData"))
          .as(consumer.function())
          .isEqualTo(expected);
      assertThat(topics(own, "kafka-cluster:ReadData"))
          .as(consumer.function())
          .containsExactly(consumer.topic());
      assertThat(Policies.actions(own))
          .contains("kafka-cluster:Connect", "kafka-cluster:DescribeTopic")
          .doesNotContain("kafka-cluster:CreateTopic");
    }
    for (Schedule schedule : ConsumerCatalog.get().schedules()) {
      Set<String> writes = topics(statements.get(schedule.function()), "kafka-cluster:WriteData");
      assertThat(writes)
          .as(schedule.function())
          .isEqualTo(schedule.publishes() ? Set.copyOf(KafkaAccess.eventTopics()) : Set.of());
    }
  }

  @Test
  void routeFunctions_writeToKafkaOnlyWhenGranted() {
    for (RouteStack stack : cloud.routes()) {
      Policies.byDefinition(stack)
          .forEach(
              (function, statements) -> {
                Set<String> writes = topics(statements, "kafka-cluster:WriteData");
                if (FunctionGrants.publishers().contains(function)) {
                  assertThat(writes).as(function).isEqualTo(Set.copyOf(KafkaAccess.eventTopics()));
                } else {
                  assertThat(Policies.actions(statements))
                      .as(function)
                      .noneMatch(a -> a.toString().startsWith("kafka-cluster:"));
                }
              });
    }
  }

  @Test
  void kafkaStatements_nameTheClusterTopicsAndGroups_neverAWildcard() {
    for (Stack stack : cloud.stacks()) {
      Policies.byDefinition(stack)
          .forEach(
              (function, statements) -> {
                for (var statement : statements) {
                  boolean kafka =
                      Templates.list(statement.get("Action")).stream()
                          .anyMatch(a -> a.toString().startsWith("kafka-cluster:"));
                  if (kafka) {
                    assertThat(String.valueOf(statement.get("Resource")))
                        .as("%s %s", function, statement)
                        .doesNotContain("*");
                  }
                }
              });
    }
  }

  @Test
  void onlyTheDeployTimeFunction_createsTopics_everyTopicOfTheApp() {
    Map<String, Set<String>> creators = new TreeMap<>();
    for (Stack stack : cloud.stacks()) {
      Policies.byDefinition(stack)
          .forEach(
              (function, statements) -> {
                Set<String> created = topics(statements, "kafka-cluster:CreateTopic");
                if (!created.isEmpty()) {
                  creators.put(function, created);
                }
              });
    }
    assertThat(creators).containsOnlyKeys("migrate");
    assertThat(creators.get("migrate")).isEqualTo(Set.copyOf(Topics.all()));
    var migrate = Policies.byDefinition(cloud.api()).get("migrate");
    assertThat(topics(migrate, "kafka-cluster:DescribeTopic")).isEqualTo(Set.copyOf(Topics.all()));
    assertThat(Policies.actions(migrate))
        .contains("kafka-cluster:Connect")
        .doesNotContain("kafka-cluster:WriteData", "kafka-cluster:ReadData");
  }

  private void requireBean(String function, List<String> missing) {
    if (beans.bean(function).isEmpty()) {
      missing.add(function);
    }
  }

  private JavaClass bean(String function) {
    return beans
        .bean(function)
        .orElseThrow(() -> new AssertionError("no @Component(\"" + function + "\") class"));
  }

  /**
   * The topic names of the topic ARNs that statements allowing {@code action} name. A topic ARN is
   * built at deploy time: {@code arn:<partition>:kafka:<region>:<account>:topic/hichat-dev/} then
   * the cluster's uuid cut from its ARN, then {@code /<topic>}.
   */
  static Set<String> topics(List<Map<String, Object>> statements, String action) {
    Pattern topicArn =
        Pattern.compile(
            "^\\{Fn::Join=\\[, \\[arn:, \\{Ref=AWS::Partition}, :kafka:, \\{Ref=AWS::Region}, :,"
                + " \\{Ref=AWS::AccountId}, :topic/hichat-dev/, \\{Fn::Select=\\[2,"
                + " \\{Fn::Split=\\[/, .+]}]}, /([a-z.]+)]]}$");
    Set<String> out = new TreeSet<>();
    for (var statement : Policies.allowing(statements, action)) {
      for (Object resource : Templates.list(statement.get("Resource"))) {
        Matcher m = topicArn.matcher(String.valueOf(resource));
        if (m.matches() && Topics.all().contains(m.group(1))) {
          out.add(m.group(1));
        } else if (String.valueOf(resource).contains(":topic/")) {
          throw new AssertionError("unexpected topic resource " + resource);
        }
      }
    }
    return out;
  }
}
