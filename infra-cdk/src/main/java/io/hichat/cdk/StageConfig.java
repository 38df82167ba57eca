package io.hichat.cdk;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between stages (dev, prod): sizes, counts, retention and protection. The values live
 * in {@code cdk.json} under the context key {@code hichat:stages}; the code is the same for every
 * stage.
 *
 * @param name the stage name, the prefix of every stack name ({@code hichat-<name>-...})
 * @param account the AWS account, or {@code null} for the CLI's current one
 * @param region the AWS region, or {@code null} for the CLI's current one
 * @param maxAzs availability zones the VPC spans
 * @param natGateways NAT gateways (one per AZ in prod; one shared in dev)
 * @param auroraMinAcu Aurora Serverless v2 minimum capacity (0 pauses when idle)
 * @param auroraMaxAcu Aurora Serverless v2 maximum capacity
 * @param mongo {@code documentdb} (a cluster in the VPC) or {@code external} (a URI in a secret)
 * @param mongoUriSecret the secret holding the MongoDB URI when {@code mongo} is external
 * @param documentDbInstanceType the DocumentDB instance type when {@code mongo} is documentdb
 * @param functionMemoryMb memory of every function
 * @param functionTimeoutSeconds timeout of every route function (API Gateway waits 30 s at most)
 * @param routesPerStack the most routes one route stack holds (CloudFormation allows 500 resources
 *     per stack; a route costs about eleven)
 * @param logRetentionDays retention of every log group
 * @param retainData keep databases, buckets and logs when a stack is deleted (prod)
 * @param jwtKeysSecret the Secrets Manager secret that holds the JWT signing keys (a JWK set);
 *     {@code ./hichat deploy} creates it when missing
 * @param connectorImage the WebSocket connector's container image; no connector stack without it
 * @param connectorMinTasks the fewest connector tasks
 * @param connectorMaxTasks the most connector tasks
 * @param livekitUrl the LiveKit server URL written into the LiveKit secret
 * @param alarmEmail an address subscribed to the alarm topic, or {@code null}
 * @param corsOrigins origins the HTTP API allows
 */
public record StageConfig(
    String name,
    String account,
    String region,
    int maxAzs,
    int natGateways,
    double auroraMinAcu,
    double auroraMaxAcu,
    String mongo,
    String mongoUriSecret,
    String documentDbInstanceType,
    int functionMemoryMb,
    int functionTimeoutSeconds,
    int routesPerStack,
    int logRetentionDays,
    boolean retainData,
    String jwtKeysSecret,
    String connectorImage,
    int connectorMinTasks,
    int connectorMaxTasks,
    String livekitUrl,
    String alarmEmail,
    List<String> corsOrigins) {

  /** The context key in {@code cdk.json} that holds every stage. */
  public static final String CONTEXT_KEY = "hichat:stages";

  public StageConfig {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z][a-z0-9]{0,11}")) {
      throw new IllegalArgumentException("stage name must be short lower-case letters: " + name);
    }
    if (!"documentdb".equals(mongo) && !"external".equals(mongo)) {
      throw new IllegalArgumentException("mongo must be documentdb or external: " + mongo);
    }
    if ("external".equals(mongo) && (mongoUriSecret == null || mongoUriSecret.isBlank())) {
      throw new IllegalArgumentException("mongo external needs mongoUriSecret");
    }
    if (functionTimeoutSeconds < 1 || functionTimeoutSeconds > 29) {
      throw new IllegalArgumentException("API functions must answer within API Gateway's 30 s");
    }
    if (routesPerStack < 1 || routesPerStack > 40) {
      throw new IllegalArgumentException(
          "routesPerStack must be 1..40 to stay under 500 resources");
    }
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
  }

  /** The stack name of a concern: {@code hichat-dev-data}. */
  public String stackName(String concern) {
    return "hichat-" + name + "-" + concern;
  }

  /** Reads one stage from the {@code hichat:stages} context value (a JSON object per stage). */
  public static StageConfig fromContext(Object stages, String stage) {
    if (!(stages instanceof Map<?, ?> all)) {
      throw new IllegalArgumentException("context " + CONTEXT_KEY + " is missing (see cdk.json)");
    }
    Object entry = all.get(stage);
    if (!(entry instanceof Map<?, ?> v)) {
      throw new IllegalArgumentException(
          "no stage '" + stage + "' in " + CONTEXT_KEY + "; known: " + all.keySet());
    }
    return new StageConfig(
        stage,
        text(v, "account", null),
        text(v, "region", null),
        number(v, "maxAzs", 2).intValue(),
        number(v, "natGateways", 1).intValue(),
        number(v, "auroraMinAcu", 0.5).doubleValue(),
        number(v, "auroraMaxAcu", 4).doubleValue(),
        text(v, "mongo", "documentdb"),
        text(v, "mongoUriSecret", null),
        text(v, "documentDbInstanceType", "t4g.medium"),
        number(v, "functionMemoryMb", 1024).intValue(),
        number(v, "functionTimeoutSeconds", 20).intValue(),
        number(v, "routesPerStack", 40).intValue(),
        number(v, "logRetentionDays", 14).intValue(),
        Boolean.TRUE.equals(v.get("retainData")),
        text(v, "jwtKeysSecret", "hichat/" + stage + "/jwt-keys"),
        text(v, "connectorImage", null),
        number(v, "connectorMinTasks", 1).intValue(),
        number(v, "connectorMaxTasks", 4).intValue(),
        text(v, "livekitUrl", "wss://livekit.invalid"),
        text(v, "alarmEmail", null),
        list(v.get("corsOrigins")));
  }

  private static String text(Map<?, ?> v, String key, String fallback) {
    Object value = v.get(key);
    return value == null || value.toString().isBlank() ? fallback : value.toString();
  }

  private static Number number(Map<?, ?> v, String key, Number fallback) {
    Object value = v.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number n) {
      return n;
    }
    return Double.valueOf(value.toString());
  }

  private static List<String> list(Object value) {
    if (value instanceof List<?> items) {
      return items.stream().map(Object::toString).toList();
    }
    return List.of();
  }
}
