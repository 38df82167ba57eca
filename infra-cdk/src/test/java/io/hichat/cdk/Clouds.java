package io.hichat.cdk;

import io.hichat.cdk.constructs.LambdaArtifact;
import io.hichat.model.route.ConsumerCatalog;
import io.hichat.model.route.RouteCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;

/**
 * The clouds the tests look at, built once per test JVM: the dev stage of {@code cdk.json} with the
 * real route and consumer catalogues and a connector image, on a small stand-in artifact.
 */
final class Clouds {

  /** The real consumers and schedules. */
  static final ConsumerCatalog TEST_CONSUMERS = ConsumerCatalog.get();

  private static HichatCloud dev;

  private Clouds() {}

  static synchronized HichatCloud dev() {
    if (dev == null) {
      StageConfig stage = withConnector(devStage());
      dev =
          HichatCloud.build(
              HichatApp.newApp(null),
              stage,
              stubArtifact(),
              RouteCatalog.get().routes(),
              TEST_CONSUMERS);
    }
    return dev;
  }

  /** The dev stage as {@code cdk.json} defines it. */
  static StageConfig devStage() {
    return StageConfig.fromContext(CdkJson.stages(), "dev");
  }

  static StageConfig withConnector(StageConfig s) {
    return new StageConfig(
        s.name(),
        s.account(),
        s.region(),
        s.maxAzs(),
        s.natGateways(),
        s.auroraMinAcu(),
        s.auroraMaxAcu(),
        s.mongo(),
        s.mongoUriSecret(),
        s.documentDbInstanceType(),
        s.functionMemoryMb(),
        s.functionTimeoutSeconds(),
        s.routesPerStack(),
        s.logRetentionDays(),
        s.retainData(),
        s.jwtKeysSecret(),
        "public.ecr.aws/hichat/ws-connector:test",
        s.connectorMinTasks(),
        s.connectorMaxTasks(),
        s.livekitUrl(),
        "ops@example.com",
        List.of("https://app.example.com"));
  }

  /** A tiny zip in place of the 80 MB artifact: the templates do not depend on its content. */
  static synchronized LambdaArtifact stubArtifact() {
    try {
      Path dir = Files.createTempDirectory("hichat-artifact");
      Path zip = dir.resolve("hichat-functions-lambda.zip");
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
        out.putNextEntry(new ZipEntry("application.properties"));
        out.write("# stand-in\n".getBytes());
        out.closeEntry();
      }
      dir.toFile().deleteOnExit();
      zip.toFile().deleteOnExit();
      return LambdaArtifact.of(zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new app for tests that synthesize to a folder of their own. */
  static App app(Path outdir, Map<String, Object> context) {
    App app = HichatApp.newApp(outdir.toString());
    context.forEach((k, v) -> app.getNode().setContext(k, v));
    return app;
  }
}
