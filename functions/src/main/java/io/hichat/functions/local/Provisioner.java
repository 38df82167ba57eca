package io.hichat.functions.local;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.ops.Migrator;
import io.hichat.model.event.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Makes the engines ready for HiChat: applies the MySQL migrations, creates the media bucket and
 * every Kafka topic. Safe to run again: each step skips what exists.
 */
public final class Provisioner {

  private final DataSource dataSource;
  private final S3Client s3;
  private final HichatProperties props;

  public Provisioner(DataSource dataSource, S3Client s3, HichatProperties props) {
    this.dataSource = dataSource;
    this.s3 = s3;
    this.props = props;
  }

  public void run(Consumer<String> progress) {
    var result = new Migrator(dataSource).migrate();
    progress.accept(
        "mysql: "
            + result.migrationsExecuted
            + " migration(s) applied, schema at version "
            + (result.targetSchemaVersion == null ? "(unchanged)" : result.targetSchemaVersion));
    progress.accept("s3: bucket " + ensureBucket());
    progress.accept(
        "kafka: " + ensureTopics() + " topic(s) created, " + Topics.all().size() + " in all");
  }

  String ensureBucket() {
    String bucket = props.s3().bucket();
    try {
      s3.headBucket(b -> b.bucket(bucket));
      return bucket + " exists";
    } catch (NoSuchBucketException e) {
      try {
        s3.createBucket(b -> b.bucket(bucket));
      } catch (BucketAlreadyOwnedByYouException raced) {
        return bucket + " exists";
      }
      return bucket + " created";
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      if (e.statusCode() == 404) {
        s3.createBucket(b -> b.bucket(bucket));
        return bucket + " created";
      }
      throw e;
    }
  }

  int ensureTopics() {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                props.kafka().bootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30000))) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing =
          Topics.all().stream()
              .filter(t -> !existing.contains(t))
              .map(t -> new NewTopic(t, Topics.partitions(t), (short) 1))
              .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
      }
      return missing.size();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create Kafka topics: " + e.getCause(), e.getCause());
    }
  }
}
