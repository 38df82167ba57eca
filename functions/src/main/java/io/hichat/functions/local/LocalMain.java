package io.hichat.functions.local;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.lambda.HichatRuntime;
import io.hichat.functions.lambda.LambdaHandler;
import io.hichat.model.route.ConsumerCatalog;
import javax.sql.DataSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The local runtime's command line: {@code provision} readies the engines (migrations, bucket,
 * topics, JWT key file); {@code gateway} serves the REST functions on {@code HICHAT_GATEWAY_PORT}
 * (default 8080), bound to 127.0.0.1, and runs the consumer functions from Kafka and the scheduled
 * functions on timers, as AWS would.
 */
public final class LocalMain {

  private LocalMain() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "gateway" : args[0];
    switch (command) {
      case "provision" -> provision();
      case "gateway" -> gateway();
      default -> {
        System.err.println("usage: LocalMain provision|gateway");
        System.exit(2);
      }
    }
  }

  private static void provision() {
    long start = System.nanoTime();
    try (HichatRuntime runtime = HichatRuntime.start()) {
      var context = runtime.context();
      HichatProperties props = context.getBean(HichatProperties.class);
      context.getBean(io.hichat.functions.auth.SigningKeys.class);
      System.out.println("jwt: signing keys ready");
      new Provisioner(
              context.getBean(DataSource.class),
              context.getBean(S3Client.class),
              props,
              context.getBean(com.mongodb.client.MongoDatabase.class))
          .run(line -> System.out.println(line));
    }
    System.out.printf("provisioned in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static void gateway() throws Exception {
    long start = System.nanoTime();
    int port = Integer.parseInt(env("HICHAT_GATEWAY_PORT", "8080"));
    int threads = Integer.parseInt(env("HICHAT_GATEWAY_THREADS", "64"));
    HichatRuntime runtime = HichatRuntime.start();
    LocalGateway gateway =
        LocalGateway.start(new LambdaHandler(runtime.entry()), "127.0.0.1", port, threads);
    var context = runtime.context();
    LocalKafkaTrigger trigger =
        LocalKafkaTrigger.start(
            context,
            context.getBean(HichatProperties.class).kafka(),
            ConsumerCatalog.get().consumers());
    LocalScheduler scheduler = LocalScheduler.start(context, ConsumerCatalog.get().schedules());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  gateway.close();
                  trigger.close();
                  scheduler.close();
                  runtime.close();
                },
                "gateway-shutdown"));
    System.out.printf(
        "gateway listening on http://127.0.0.1:%d (started in %.1f s)%n",
        gateway.port(), (System.nanoTime() - start) / 1e9);
    Thread.currentThread().join();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
