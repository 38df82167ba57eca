package io.hichat.functions.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The whole resolution order as the application sees it: a variable that is set, then the secret
 * its ARN names, then the default that {@code application.properties} writes into the placeholder.
 */
class SecretsEnvironmentPostProcessorTest {

  static final String ARN = "arn:aws:secretsmanager:eu-west-1:1:secret:mysql-AbCdEf";

  final Map<String, Object> processEnv = new HashMap<>();
  final AtomicInteger reads = new AtomicInteger();
  final Supplier<SecretVariables.Reader> reader =
      () ->
          id -> {
            reads.incrementAndGet();
            return "{\"username\":\"hichat\",\"password\":\"from-secret\"}";
          };

  /** An environment like the application's, with {@code processEnv} as the process's. */
  StandardEnvironment environment() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new MapPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, processEnv));
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "application.properties",
                Map.of(
                    "spring.datasource.username", "${HICHAT_MYSQL_USER:hichat}",
                    "spring.datasource.password", "${HICHAT_MYSQL_PASSWORD:hichat-local}")));
    return environment;
  }

  @Test
  void withoutAnArn_theDefaultsApply_andNothingIsRead() {
    StandardEnvironment environment = environment();
    assertThat(SecretsEnvironmentPostProcessor.apply(environment, reader)).isEmpty();
    assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("hichat-local");
    assertThat(reads).hasValue(0);
  }

  @Test
  void withAnArn_theSecretFillsThePlaceholders() {
    processEnv.put("HICHAT_MYSQL_SECRET_ARN", ARN);
    StandardEnvironment environment = environment();
    SecretsEnvironmentPostProcessor.apply(environment, reader);
    assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("hichat");
    assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("from-secret");
    // right after the process environment
    List<String> order = environment.getPropertySources().stream().map(s -> s.getName()).toList();
    assertThat(order)
        .containsSubsequence(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            SecretsEnvironmentPostProcessor.SOURCE,
            "application.properties");
  }

  @Test
  void aVariableSetInTheProcess_winsOverTheSecret() {
    processEnv.put("HICHAT_MYSQL_SECRET_ARN", ARN);
    processEnv.put("HICHAT_MYSQL_PASSWORD", "from-env");
    StandardEnvironment environment = environment();
    SecretsEnvironmentPostProcessor.apply(environment, reader);
    assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("from-env");
    assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("hichat");
  }

  @Test
  void aSecondPass_readsNothingAgain() {
    processEnv.put("HICHAT_MYSQL_SECRET_ARN", ARN);
    StandardEnvironment environment = environment();
    SecretsEnvironmentPostProcessor.apply(environment, reader);
    SecretsEnvironmentPostProcessor.apply(environment, reader);
    assertThat(reads).hasValue(1);
  }

  @Configuration(proxyBeanMethods = false)
  static class Empty {}

  @Test
  void isRegistered_andAnUnreadableSecret_stopsTheApplication() {
    // Spring Boot runs it from META-INF/spring.factories; the real client goes to a closed
    // local port (the LocalStack endpoint setting), with fixed keys and region, so no AWS call
    Map<String, String> props =
        Map.of(
            "HICHAT_JWT_KEYS_SECRET_ARN", "hichat/test/jwt-keys",
            "HICHAT_LOCALSTACK_ENDPOINT", "http://127.0.0.1:1",
            "aws.region", "us-east-1",
            "aws.accessKeyId", "test",
            "aws.secretAccessKey", "test",
            "aws.disableEc2Metadata", "true");
    props.forEach(System::setProperty);
    try {
      assertThatThrownBy(
              () ->
                  new SpringApplicationBuilder(Empty.class)
                      .web(WebApplicationType.NONE)
                      .logStartupInfo(false)
                      .run()
                      .close())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("HICHAT_JWT_KEYS_SECRET_ARN")
          .hasMessageContaining("hichat/test/jwt-keys");
    } finally {
      props.keySet().forEach(System::clearProperty);
    }
  }
}
