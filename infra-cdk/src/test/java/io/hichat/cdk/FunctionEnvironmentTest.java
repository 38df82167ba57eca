package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.route.RouteCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

  @Test
  void noFunctionOrTask_hasASecretValueInItsEnvironment() {
    int checked = 0;
    for (Stack stack : cloud.stacks()) {
      for (var fn : Templates.resources(stack, "AWS::Lambda::Function").entrySet()) {
        String environment = String.valueOf(Templates.props(fn.getValue()).get("Environment"));
        assertThat(environment).as(fn.getKey()).doesNotContain("resolve:secretsmanager");
        checked++;
      }
      for (var task : Templates.resources(stack, "AWS::ECS::TaskDefinition").entrySet()) {
        for (Object container :
            Templates.list(Templates.props(task.getValue()).get("ContainerDefinitions"))) {
          String environment = String.valueOf(((Map<?, ?>) container).get("Environment"));
          assertThat(environment).as(task.getKey()).doesNotContain("resolve:secretsmanager");
          assertThat(environment).doesNotContain("HICHAT_MYSQL_PASSWORD");
          // the connector's secrets are injected by ECS: named in Secrets, values never here
          String injected = String.valueOf(((Map<?, ?>) container).get("Secrets"));
          assertThat(injected)
              .contains("HICHAT_MYSQL_USER", "HICHAT_MYSQL_PASSWORD", "HICHAT_JWT_KEYS")
              .contains("HICHAT_MONGO_USER", "HICHAT_MONGO_PASSWORD");
          assertThat(environment).contains("HICHAT_CONNECTOR_PORT", "HICHAT_CONNECTOR_BIND");
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(RouteCatalog.get().routes().size());
    hichatFunctions(cloud)
        .forEach(
            (name, env) ->
                assertThat(env)
                    .as(name)
                    .doesNotContainKeys(
                        "HICHAT_MYSQL_USER",
                        "HICHAT_MYSQL_PASSWORD",
                        "HICHAT_JWT_KEYS",
                        "HICHAT_MONGO_URI",
                        "HICHAT_LIVEKIT_API_SECRET"));
  }

  @Test
  void everyFunction_mayReadExactlyTheSecretsItsEnvironmentNames() {
    for (Stack stack : cloud.stacks()) {
      Map<String, List<Map<String, Object>>> statements = Policies.byDefinition(stack);
      hichatFunctionsOf(stack)
          .forEach(
              (id, env) -> {
                String definition = (String) env.get("SPRING_CLOUD_FUNCTION_DEFINITION");
                List<String> named =
                    env.entrySet().stream()
                        .filter(e -> e.getKey().endsWith("_SECRET_ARN"))
                        .map(e -> String.valueOf(e.getValue()))
                        .sorted()
                        .toList();
                List<Map<String, Object>> own = statements.get(definition);
                List<String> readable = new ArrayList<>();
                for (var statement : Policies.allowing(own, "secretsmanager:GetSecretValue")) {
                  assertThat(Templates.list(statement.get("Action")))
                      .as(definition)
                      .containsExactly("secretsmanager:GetSecretValue");
                  // a full ARN is named as is, a partial one (imported by name) with the
                  // suffix Secrets Manager appends, "-??????"
                  Templates.list(statement.get("Resource"))
                      .forEach(r -> readable.add(String.valueOf(r).replace("-??????", "")));
                }
                assertThat(readable.stream().sorted().toList()).as(definition).isEqualTo(named);
                assertThat(Policies.actions(own))
                    .as(definition)
                    .noneMatch(
                        a ->
                            a.toString().startsWith("secretsmanager:")
                                && !a.equals("secretsmanager:GetSecretValue"));
              });
    }
  }

  @Test
  void routeFunctionsAlone_readTheSigningKeys_andEveryFunctionTheDatabaseSecrets() {
    List<String> routes = RouteCatalog.get().functions();
    hichatFunctions(cloud)
        .forEach(
            (name, env) -> {
              assertThat(env)
                  .as(name)
                  .containsKeys("HICHAT_MYSQL_SECRET_ARN", "HICHAT_MONGO_SECRET_ARN")
                  .containsKey("HICHAT_MONGO_ADDRESS");
              boolean route = routes.contains(env.get("SPRING_CLOUD_FUNCTION_DEFINITION"));
              assertThat(env.containsKey("HICHAT_JWT_KEYS_SECRET_ARN")).as(name).isEqualTo(route);
            });
    // the JWT keys are named by the stage's secret name (created by ./hichat deploy)
    assertThat(hichatFunctions(cloud).values())
        .anySatisfy(
            env ->
                assertThat(String.valueOf(env.get("HICHAT_JWT_KEYS_SECRET_ARN")))
                    .endsWith(":secret:hichat/dev/jwt-keys]]}"));
  }

  /** Every function that runs the HiChat artifact (it has a definition): name → its variables. */
  static Map<String, Map<String, Object>> hichatFunctions(HichatCloud cloud) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Stack stack : cloud.stacks()) {
      hichatFunctionsOf(stack).forEach((id, env) -> out.put(stack.getStackName() + "/" + id, env));
    }
    return out;
  }

  /** The HiChat functions of one stack: logical id → variables. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> hichatFunctionsOf(Stack stack) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Templates.resources(stack, "AWS::Lambda::Function")
        .forEach(
            (id, fn) -> {
              Object environment = Templates.props(fn).get("Environment");
              if (environment instanceof Map<?, ?> e
                  && e.get("Variables") instanceof Map<?, ?> vars
                  && vars.containsKey("SPRING_CLOUD_FUNCTION_DEFINITION")) {
                out.put(id, (Map<String, Object>) vars);
              }
            });
    return out;
  }
}
