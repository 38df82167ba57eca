package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import io.hichat.cdk.constructs.Nag;
import io.hichat.cdk.constructs.SecretEnv;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * LiveKit's URL and API key pair in Secrets Manager. The secret starts with the stage's URL, key
 * {@code hichat} and a generated secret (right for a self-hosted server started with them); with
 * LiveKit Cloud, put the project's key pair in it. The streaming domain's functions read the values
 * from the secret at start-up (its ARN is in their environment); the webhook route comes from the
 * route catalogue.
 */
public final class StreamingStack extends Stack {

  private final Secret livekit;

  public StreamingStack(Construct scope, String id, StackProps props, StageConfig stage) {
    super(scope, id, props);
    livekit =
        Secret.Builder.create(this, "LiveKit")
            .description("HiChat LiveKit URL and API key pair")
            .generateSecretString(
                SecretStringGenerator.builder()
                    .secretStringTemplate(
                        "{\"url\":\"" + stage.livekitUrl() + "\",\"apiKey\":\"hichat\"}")
                    .generateStringKey("apiSecret")
                    .excludePunctuation(true)
                    .passwordLength(48)
                    .build())
            .removalPolicy(Removal.of(stage))
            .build();
    Nag.accept(
        livekit,
        "SMG4",
        "LiveKit keys are issued by the LiveKit server or LiveKit Cloud; a rotation function"
            + " cannot change them there, so they are rotated by hand in both places");
  }

  /**
   * What the streaming domain's functions read at start-up: the secret's {@code url}, {@code
   * apiKey} and {@code apiSecret} become {@code HICHAT_LIVEKIT_URL}, {@code _API_KEY} and {@code
   * _API_SECRET}.
   */
  public List<SecretEnv> livekitSecrets() {
    return List.of(new SecretEnv("HICHAT_LIVEKIT_SECRET_ARN", livekit));
  }

  public Secret livekit() {
    return livekit;
  }
}
