package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/** What every HiChat function finds in its environment, in every stack. */
class FunctionEnvironmentTest {

  final HichatCloud cloud = Clouds.dev();

  @Test
  void everyFunction_talksToKafkaWithIam() {
    Map<String, Map<String, Object>> functions = hichatFunctions(cloud);
    assertThat(functions).isNotEmpty();
    functions.forEach(
        (name, env) -> assertThat(env).as(name).containsEntry("HICHAT_KAFKA_IAM", "true"));
  }

  /** Every function that runs the HiChat artifact (it has a definition): name → its variables. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> hichatFunctions(HichatCloud cloud) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Stack stack : cloud.stacks()) {
      Templates.resources(stack, "AWS::Lambda::Function")
          .forEach(
              (id, fn) -> {
                Object environment = Templates.props(fn).get("Environment");
                if (environment instanceof Map<?, ?> e
                    && e.get("Variables") instanceof Map<?, ?> vars
                    && vars.containsKey("SPRING_CLOUD_FUNCTION_DEFINITION")) {
                  out.put(stack.getStackName() + "/" + id, (Map<String, Object>) vars);
                }
              });
    }
    return out;
  }
}
