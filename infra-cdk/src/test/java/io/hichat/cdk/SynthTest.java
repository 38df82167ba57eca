package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;

/**
 * What {@code ./hichat synth} runs, in process and offline: the app's own entry with the context of
 * {@code cdk.json}, the dev stage and the real catalogues, written to a folder, with cdk-nag's
 * AwsSolutions pack validating at synthesis (a finding fails it).
 */
class SynthTest {

  @TempDir Path out;

  @Test
  void synth_writesEveryStacksTemplate_offline() throws Exception {
    Map<String, Object> context = new HashMap<>(CdkJson.context());
    context.put("stage", "dev");
    context.put("artifact", Clouds.stubArtifact().file().toString());
    App app = Clouds.app(out, context);
    HichatCloud cloud = HichatApp.build(app);
    app.synth();

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    for (var stack : cloud.stacks()) {
      Path template = out.resolve(stack.getStackName() + ".template.json");
      assertThat(template).exists();
      assertThat(manifest.get("artifacts").has(stack.getStackName())).isTrue();
      JsonNode resources = new ObjectMapper().readTree(template.toFile()).get("Resources");
      assertThat(resources.size()).isBetween(1, 499);
    }
    assertThat(cloud.consumers()).as("the real consumers get their stack").isNotNull();
    assertThat(out.resolve(cloud.consumers().getStackName() + ".template.json"))
        .content()
        .contains("AWS::Lambda::EventSourceMapping")
        .contains("KafkaLambdaHandler");
    assertThat(cloud.connectors()).as("dev names no connector image").isNull();
    // the one artifact is staged once for every stack that deploys it (the other assets are
    // CDK's own custom-resource handlers)
    try (var files = Files.list(out)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.startsWith("asset.") && n.endsWith(".zip"))
                  .count())
          .isEqualTo(1);
    }
  }
}
