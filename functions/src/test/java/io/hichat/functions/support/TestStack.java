package io.hichat.functions.support;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.lambda.HichatRuntime;
import io.hichat.functions.lambda.LambdaHandler;
import io.hichat.functions.local.LocalGateway;
import io.hichat.functions.local.LocalKafkaTrigger;
import io.hichat.functions.local.LocalScheduler;
import io.hichat.functions.local.Provisioner;
import io.hichat.model.route.ConsumerCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The application under test, started once per test JVM against the real engines that {@code
 * ./hichat test} started (their addresses come in the {@code HICHAT_*} environment variables), with
 * the schema migrated, a local gateway on a free port, and the consumer and scheduled functions
 * running as in {@code ./hichat up}.
 */
public final class TestStack {

  private static final List<String> REQUIRED =
      List.of(
          "HICHAT_MYSQL_URL", "HICHAT_REDIS_URL", "HICHAT_S3_ENDPOINT", "HICHAT_KAFKA_BOOTSTRAP");

  private static TestStack instance;

  private final HichatRuntime runtime;
  private final LocalGateway gateway;
  private final Api api;
  private LocalKafkaTrigger trigger;
  private LocalScheduler scheduler;

  private TestStack(HichatRuntime runtime, LocalGateway gateway) {
    this.runtime = runtime;
    this.gateway = gateway;
    this.api = new Api("http://127.0.0.1:" + gateway.port());
  }

  public static synchronized TestStack get() {
    if (instance == null) {
      List<String> missing = REQUIRED.stream().filter(v -> System.getenv(v) == null).toList();
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "integration tests need the engines of `./hichat test`; missing " + missing);
      }
      HichatRuntime runtime = HichatRuntime.start("--hichat.dev-mode=true");
      var context = runtime.context();
      new Provisioner(
              context.getBean(DataSource.class),
              context.getBean(S3Client.class),
              context.getBean(HichatProperties.class),
              context.getBean(com.mongodb.client.MongoDatabase.class))
          .run(line -> {});
      try {
        LocalGateway gateway =
            LocalGateway.start(new LambdaHandler(runtime.entry()), "127.0.0.1", 0, 16);
        instance = new TestStack(runtime, gateway);
        instance.trigger =
            LocalKafkaTrigger.start(
                context,
                context.getBean(HichatProperties.class).kafka(),
                ConsumerCatalog.get().consumers());
        instance.scheduler = LocalScheduler.start(context, ConsumerCatalog.get().schedules());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
    }
    return instance;
  }

  public Api api() {
    return api;
  }

  public ConfigurableApplicationContext context() {
    return runtime.context();
  }

  public <T> T bean(Class<T> type) {
    return runtime.context().getBean(type);
  }

  /**
   * Stops the Kafka trigger, as a crashed or redeployed consumer would stop, and starts a new one;
   * records not yet committed are delivered again to the new one.
   */
  public synchronized void restartConsumers() {
    trigger.close();
    trigger =
        LocalKafkaTrigger.start(
            context(), bean(HichatProperties.class).kafka(), ConsumerCatalog.get().consumers());
  }

  private void stop() {
    trigger.close();
    scheduler.close();
    gateway.close();
    runtime.close();
  }
}
