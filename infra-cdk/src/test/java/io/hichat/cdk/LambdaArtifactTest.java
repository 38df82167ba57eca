package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

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
            "application.properties")
        .anyMatch(n -> n.startsWith("lib/spring-cloud-function-adapter-aws-"))
        .anyMatch(n -> n.startsWith("lib/shared-model-"))
        .anyMatch(n -> n.startsWith("db/migration/"))
        // not Spring Boot's nested layout
        .noneMatch(n -> n.startsWith("BOOT-INF/"));
  }
}
