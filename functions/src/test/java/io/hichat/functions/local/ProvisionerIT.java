package io.hichat.functions.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.support.TestStack;
import io.hichat.model.event.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Provisioning against the real engines is complete and can run again without changing anything.
 */
class ProvisionerIT {

  final TestStack stack = TestStack.get();
  final HichatProperties props = stack.bean(HichatProperties.class);

  @Test
  void secondRun_changesNothing_andEveryTopicExistsWithItsPartitions() throws Exception {
    List<String> lines = new ArrayList<>();
    new Provisioner(
            stack.bean(DataSource.class),
            stack.bean(S3Client.class),
            props,
            stack.bean(com.mongodb.client.MongoDatabase.class))
        .run(lines::add);
    assertThat(lines).anyMatch(l -> l.startsWith("mysql: 0 migration(s) applied"));
    assertThat(lines).anyMatch(l -> l.equals("s3: bucket " + props.s3().bucket() + " exists"));
    assertThat(lines).anyMatch(l -> l.startsWith("kafka: 0 topic(s) created"));

    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, props.kafka().bootstrap()))) {
      Map<String, TopicDescription> topics =
          admin.describeTopics(Topics.all()).allTopicNames().get();
      assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all());
      assertThat(topics.get(Topics.IM_CHAT).partitions())
          .hasSize(Topics.partitions(Topics.IM_CHAT));
      assertThat(topics.get(Topics.deadLetter(Topics.IM_CHAT)).partitions()).isNotEmpty();
    }
  }

  @Test
  void schema_hasTheUserTables() {
    List<String> tables =
        JdbcClient.create(stack.bean(DataSource.class))
            .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
            .query(String.class)
            .list();
    assertThat(tables)
        .contains("users", "user_settings", "favorites", "user_emojis", "system_settings");
  }
}
