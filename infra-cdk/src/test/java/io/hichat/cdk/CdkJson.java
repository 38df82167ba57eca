package io.hichat.cdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The module's {@code cdk.json}, read as the CDK CLI hands it to the app. */
final class CdkJson {

  private CdkJson() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> read() {
    try {
      return new ObjectMapper()
          .readValue(
              Path.of(System.getProperty("hichat.cdk.json", "cdk.json")).toFile(), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> context() {
    return (Map<String, Object>) read().get("context");
  }

  static Object stages() {
    return context().get(StageConfig.CONTEXT_KEY);
  }
}
