package io.hichat.functions.local;

import com.mongodb.client.MongoDatabase;
import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.im.store.ChatIndexes;
import io.hichat.functions.ops.KafkaTopics;
import io.hichat.functions.ops.Migrator;
import io.hichat.model.event.Topics;
import java.util.function.Consumer;
import javax.sql.DataSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Makes the engines ready for HiChat: applies the MySQL migrations, creates the chat indexes in
 * MongoDB, the media bucket and every Kafka topic. Safe to run again: each step skips what exists.
 */
public final class Provisioner {

  private final DataSource dataSource;
  private final S3Client s3;
  private final HichatProperties props;
  private final MongoDatabase mongo;

  public Provisioner(
      DataSource dataSource, S3Client s3, HichatProperties props, MongoDatabase mongo) {
    this.dataSource = dataSource;
    this.s3 = s3;
    this.props = props;
    this.mongo = mongo;
  }

  public void run(Consumer<String> progress) {
    var result = new Migrator(dataSource).migrate();
    progress.accept(
        "mysql: "
            + result.migrationsExecuted
            + " migration(s) applied, schema at version "
            + (result.targetSchemaVersion == null ? "(unchanged)" : result.targetSchemaVersion));
    progress.accept("mongo: " + new ChatIndexes(mongo).ensure() + " chat index(es) ensured");
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
    return new KafkaTopics(props.kafka()).ensure().size();
  }
}
