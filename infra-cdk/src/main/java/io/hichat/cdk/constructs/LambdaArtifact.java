package io.hichat.cdk.constructs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The one deployment package of every HiChat function ({@code
 * functions/target/hichat-functions-lambda.zip}), as a CDK asset. Each stack that uses it refers to
 * the same asset, uploaded once.
 *
 * @param file the zip
 * @param sha256 its digest: the migration custom resource runs again whenever it changes
 */
public record LambdaArtifact(Path file, String sha256) {

  /** The handler of every REST function. */
  public static final String ROUTE_HANDLER =
      "io.hichat.functions.lambda.LambdaHandler::handleRequest";

  /**
   * The handler of every Kafka consumer function: reads Lambda's Kafka event and calls the bean
   * named by {@code SPRING_CLOUD_FUNCTION_DEFINITION} — the same code the local Kafka trigger runs.
   */
  public static final String CONSUMER_HANDLER =
      "io.hichat.functions.consumer.KafkaLambdaHandler::handleRequest";

  /**
   * The handler of the other functions (migration, schedules): Spring Cloud Function's invoker,
   * which calls the bean named by {@code SPRING_CLOUD_FUNCTION_DEFINITION}.
   */
  public static final String FUNCTION_HANDLER =
      "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";

  /** The Spring application class the invoker starts. */
  public static final String MAIN_CLASS = "io.hichat.functions.FunctionsApplication";

  public static LambdaArtifact of(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the Lambda artifact "
              + file
              + " is missing: build it with `mvn -B -pl functions -am package -DskipTests`"
              + " (./hichat synth does that)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return new LambdaArtifact(file, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  public Code code() {
    return Code.fromAsset(file.toString());
  }
}
