package io.hichat.functions.config;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Reads the secrets the environment names by ARN ({@link SecretVariables}) when the application
 * starts — in Lambda during the init phase, so before SnapStart's snapshot — and offers the
 * variables they hold right after the process environment: a variable that is set wins, and {@code
 * application.properties}' defaults come last. Registered in {@code META-INF/spring.factories}, so
 * it runs however the application starts (the route handler, the consumer handler, Spring Cloud
 * Function's invoker, the local gateway).
 *
 * <p>One Secrets Manager client is built for all of them, only when a secret must be read, and
 * closed afterwards: nothing of it is left open in the snapshot. Its region and credentials are the
 * SDK's defaults (the function's); {@code HICHAT_LOCALSTACK_ENDPOINT} points it at LocalStack.
 */
public class SecretsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  /** The property source the secrets' variables are in. */
  public static final String SOURCE = "hichatSecrets";

  private final Log log;

  public SecretsEnvironmentPostProcessor(DeferredLogFactory logs) {
    this.log = logs.getLog(SecretsEnvironmentPostProcessor.class);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, String> resolved;
    try (ClientHolder holder = new ClientHolder(environment)) {
      resolved = apply(environment, holder);
    }
    if (!resolved.isEmpty()) {
      log.info("read from Secrets Manager: " + String.join(", ", resolved.keySet()));
    }
  }

  /**
   * Resolves and adds the variables; returns them. {@code reader} is asked for a client only when a
   * secret must be read.
   */
  static Map<String, String> apply(
      ConfigurableEnvironment environment, Supplier<? extends SecretVariables.Reader> reader) {
    if (environment.getPropertySources().contains(SOURCE)) {
      return Map.of();
    }
    Map<String, String> resolved = SecretVariables.resolve(environment::getProperty, reader);
    if (resolved.isEmpty()) {
      return resolved;
    }
    MapPropertySource source = new MapPropertySource(SOURCE, Map.copyOf(resolved));
    String env = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    if (environment.getPropertySources().contains(env)) {
      environment.getPropertySources().addAfter(env, source);
    } else {
      environment.getPropertySources().addLast(source);
    }
    return resolved;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Builds the client on first use, once; closes it if it was built. */
  private static final class ClientHolder
      implements Supplier<SecretVariables.Reader>, AutoCloseable {
    private final ConfigurableEnvironment environment;
    private SecretsManagerClient client;

    ClientHolder(ConfigurableEnvironment environment) {
      this.environment = environment;
    }

    @Override
    public SecretVariables.Reader get() {
      if (client == null) {
        var builder = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = environment.getProperty("HICHAT_LOCALSTACK_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
          builder.endpointOverride(URI.create(endpoint));
        }
        client = builder.build();
      }
      SecretsManagerClient open = client;
      return id -> open.getSecretValue(r -> r.secretId(id)).secretString();
    }

    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }
}
