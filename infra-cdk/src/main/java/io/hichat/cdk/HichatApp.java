package io.hichat.cdk;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.hichat.cdk.constructs.LambdaArtifact;
import io.hichat.model.route.ConsumerCatalog;
import io.hichat.model.route.RouteCatalog;
import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Validations;

/**
 * The CDK app ({@code cdk.json} runs it): {@code -c stage=dev|prod} picks the stage from the {@code
 * hichat:stages} context, {@code -c artifact=PATH} the Lambda zip (default: the one the functions
 * build writes). cdk-nag's AwsSolutions pack validates every stack at synthesis.
 */
public final class HichatApp {

  static final String DEFAULT_ARTIFACT = "../functions/target/hichat-functions-lambda.zip";

  private HichatApp() {}

  public static void main(String[] args) {
    App app = newApp(null);
    build(app);
    app.synth();
  }

  /** The stage and artifact the app's context names, built with the real catalogues. */
  public static HichatCloud build(App app) {
    String stageName = context(app, "stage", "dev");
    StageConfig stage =
        StageConfig.fromContext(app.getNode().tryGetContext(StageConfig.CONTEXT_KEY), stageName);
    LambdaArtifact artifact =
        LambdaArtifact.of(Path.of(context(app, "artifact", DEFAULT_ARTIFACT)));
    return HichatCloud.build(
        app, stage, artifact, RouteCatalog.get().routes(), ConsumerCatalog.get());
  }

  /** An app with the AwsSolutions checks; {@code outdir} null means the CLI's choice. */
  public static App newApp(String outdir) {
    AppProps.Builder props = AppProps.builder();
    if (outdir != null) {
      props.outdir(outdir);
    }
    App app = new App(props.build());
    Validations.of(app).addPlugins(new AwsSolutionsChecks());
    return app;
  }

  private static String context(App app, String key, String fallback) {
    Object value = app.getNode().tryGetContext(key);
    return value == null || value.toString().isBlank() ? fallback : value.toString();
  }
}
