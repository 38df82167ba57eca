package io.hichat.functions.ops;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.config.KafkaClients;
import io.hichat.model.event.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates every topic of {@link Topics#all()} that the cluster lacks, with its partitions and the
 * broker's default replication (one on the local broker, three on MSK Serverless, which fixes it).
 * Run at deploy time by the {@code migrate} function and by the local stack's provision step; safe
 * to run again and alongside another run (a topic created meanwhile counts as existing).
 */
public final class KafkaTopics {

  static final int API_TIMEOUT_MS = 30_000;

  private final HichatProperties.Kafka kafka;

  public KafkaTopics(HichatProperties.Kafka kafka) {
    this.kafka = kafka;
  }

  /** Returns the topics this call created, in {@link Topics#all()} order. */
  public List<String> ensure() {
    try (Admin admin =
        Admin.create(
            KafkaClients.with(
                kafka, Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, API_TIMEOUT_MS)))) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing =
          Topics.all().stream()
              .filter(t -> !existing.contains(t))
              .map(t -> new NewTopic(t, Optional.of(Topics.partitions(t)), Optional.empty()))
              .toList();
      List<String> created = new ArrayList<>();
      if (missing.isEmpty()) {
        return created;
      }
      CreateTopicsResult result = admin.createTopics(missing);
      for (NewTopic topic : missing) {
        try {
          result.values().get(topic.name()).get();
          created.add(topic.name());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException(
                "cannot create Kafka topic " + topic.name() + ": " + e.getCause(), e.getCause());
          }
        }
      }
      return created;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating Kafka topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list Kafka topics: " + e.getCause(), e.getCause());
    }
  }
}
