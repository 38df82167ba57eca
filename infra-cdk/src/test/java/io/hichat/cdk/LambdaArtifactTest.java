package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip the functions build packages fits Lambda (250 MB unzipped) and holds what the handlers
 * need. The full build packages functions before this module; a build of this module alone skips.
 */
class LambdaArtifactTest {

  static final long LAMBDA_UNZIPPED_LIMIT = 250L * 1000 * 1000;

  @Test
  void artifact_fitsLambdasLimit_andHoldsBothHandlersAndTheMigration() throws IOException {
    Path zip = Path.of(System.getProperty("hichat.lambda.artifact", "missing"));
    assumeTrue(
        Files.isRegularFile(zip), "no Lambda artifact at " + zip + " (functions not packaged)");
    long unzipped = 0;
    List<String> names = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (var entry : Collections.list(file.entries())) {
        unzipped += Math.max(0, entry.getSize());
        names.add(entry.getName());
      }
    }
    System.out.printf(
        "Lambda artifact: %d bytes zipped, %d unzipped, %d entries%n",
        Files.size(zip), unzipped, names.size());
    assertThat(unzipped).isLessThan(LAMBDA_UNZIPPED_LIMIT);
    assertThat(names)
        .contains(
            "io/hichat/functions/lambda/LambdaHandler.class",
            "io/hichat/functions/consumer/KafkaLambdaHandler.class",
            "io/hichat/functions/ops/MigrateFunction.class",
            "application.properties",
            // secrets named by ARN are read at start-up by a post-processor Boot finds here
            "META-INF/spring.factories")
        .anyMatch(n -> n.startsWith("lib/spring-cloud-function-adapter-aws-"))
        .anyMatch(n -> n.startsWith("lib/shared-model-"))
        .anyMatch(n -> n.startsWith("lib/secretsmanager-"))
        .anyMatch(n -> n.startsWith("lib/aws-msk-iam-auth-"))
        .anyMatch(n -> n.startsWith("db/migration/"))
        // not Spring Boot's nested layout
        .noneMatch(n -> n.startsWith("BOOT-INF/"));
  }

  /**
   * What Lambda's Java runtime does with the artifact, in a JVM of its own: the zip unpacked as the
   * task root, the classpath {@code <root>:<root>/lib/*}, the handler class built with its no-arg
   * constructor, an environment holding only the function definition and a signing key. The route
   * function for the key set answers API Gateway's event and refuses any other route. (The
   * LocalStack test deploys the same to a Lambda emulator where Docker exists.)
   */
  @Test
  void routeHandler_runAsLambdaRunsIt_answersAnApiGatewayEvent(@TempDir Path dir) throws Exception {
    Path zip = Path.of(System.getProperty("hichat.lambda.artifact", "missing"));
    assumeTrue(
        Files.isRegularFile(zip), "no Lambda artifact at " + zip + " (functions not packaged)");
    Path task = dir.resolve("task");
    unzip(zip, task);
    Path driver = dir.resolve("Driver.java");
    Files.writeString(
        driver,
        """
        public class Driver {
          public static void main(String[] files) throws Exception {
            var handler = new io.hichat.functions.lambda.LambdaHandler();
            for (int i = 0; i < files.length; i += 2) {
              try (var in = new java.io.FileInputStream(files[i]);
                  var out = new java.io.FileOutputStream(files[i + 1])) {
                handler.handleRequest(in, out, null);
              }
            }
            // the application's threads outlive the calls, as in a Lambda sandbox
            System.exit(0);
          }
        }
        """);
    Path keysEvent = dir.resolve("keys.json");
    Path otherEvent = dir.resolve("other.json");
    Files.writeString(keysEvent, LambdaEvents.httpGet("/.well-known/jwks.json"));
    Files.writeString(otherEvent, LambdaEvents.httpGet("/api/v1/user/detail"));
    Path keysAnswer = dir.resolve("keys-answer.json");
    Path otherAnswer = dir.resolve("other-answer.json");
    String kid = "artifact-" + System.nanoTime();

    ProcessBuilder process =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-cp",
            task + java.io.File.pathSeparator + task.resolve("lib") + "/*",
            driver.toString(),
            keysEvent.toString(),
            keysAnswer.toString(),
            otherEvent.toString(),
            otherAnswer.toString());
    // only what the CDK app gives a route function that needs no engine (and no test engine's
    // address from ./hichat test)
    process
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("HICHAT_") || k.startsWith("SPRING_"));
    process.environment().put("SPRING_CLOUD_FUNCTION_DEFINITION", "jwks");
    process.environment().put("MAIN_CLASS", "io.hichat.functions.FunctionsApplication");
    process.environment().put("HICHAT_JWT_KEYS", LambdaEvents.jwkSet(kid));
    Path log = dir.resolve("jvm.log");
    process.redirectErrorStream(true).redirectOutput(log.toFile());
    Process jvm = process.start();
    boolean done = jvm.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      jvm.destroyForcibly();
    }
    assertThat(done && jvm.exitValue() == 0).as(Files.readString(log)).isTrue();

    JsonNode keys = LambdaEvents.JSON.readTree(keysAnswer.toFile());
    assertThat(keys.get("statusCode").asInt()).as(keys.toString()).isEqualTo(200);
    JsonNode body = LambdaEvents.JSON.readTree(keys.get("body").asText());
    assertThat(body.get("keys")).hasSize(1);
    assertThat(body.get("keys").get(0).get("kid").asText()).isEqualTo(kid);
    assertThat(body.get("keys").get(0).has("d")).as("no private part").isFalse();
    JsonNode other = LambdaEvents.JSON.readTree(otherAnswer.toFile());
    assertThat(other.get("statusCode").asInt()).as(other.toString()).isEqualTo(404);
  }

  private static void unzip(Path zip, Path into) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (var entry : Collections.list(file.entries())) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("entry outside the task root: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (var in = file.getInputStream(entry)) {
            Files.copy(in, target);
          }
        }
      }
    }
  }
}
