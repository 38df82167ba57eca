package io.hichat.functions.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.event.Topics;
import io.hichat.model.route.ConsumerCatalog;
import org.junit.jupiter.api.Test;

class LocalKafkaTriggerTest {

  final ConsumerCatalog.Consumer chat = ConsumerCatalog.get().consumer("chatPersist").orElseThrow();
  final ConsumerCatalog.Consumer read = ConsumerCatalog.get().consumer("readReceipt").orElseThrow();

  @Test
  void workers_areAsAskedForWithinTheTopicsPartitions() {
    assertThat(LocalKafkaTrigger.workers(chat, LocalKafkaTrigger.DEFAULT_WORKERS)).isEqualTo(1);
    assertThat(LocalKafkaTrigger.workers(chat, 2)).isEqualTo(2);
    assertThat(LocalKafkaTrigger.workers(chat, 100)).isEqualTo(Topics.partitions(Topics.IM_CHAT));
    assertThat(LocalKafkaTrigger.workers(read, 100)).isEqualTo(Topics.partitions(Topics.IM_READ));
  }

  @Test
  void oneWorkerAtLeast() {
    assertThat(LocalKafkaTrigger.workers(chat, 0)).isEqualTo(1);
  }
}
