package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import io.hichat.cdk.constructs.Nag;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * LiveKit's URL and API key pair in Secrets Manager. The secret starts with the stage's URL, key
 * {@code hichat} and a generated secret (right for a self-hosted server started with them); with
 * LiveKit Cloud, put the project's key pair in it. The streaming domain's functions get the values
 * as deploy-time references; the webhook route comes from the route catalogue.
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

  /** The streaming domain's extra environment. */
  public Map<String, String> livekitEnvironment() {
    return Map.of(
        "HICHAT_LIVEKIT_URL", livekit.secretValueFromJson("url").unsafeUnwrap(),
        "HICHAT_LIVEKIT_API_KEY", livekit.secretValueFromJson("apiKey").unsafeUnwrap(),
        "HICHAT_LIVEKIT_API_SECRET", livekit.secretValueFromJson("apiSecret").unsafeUnwrap());
  }

  public Secret livekit() {
    return livekit;
  }
}
