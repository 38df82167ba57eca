package io.hichat.functions.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Secrets named by ARN, turned into the {@code HICHAT_*} variables the rest of the configuration
 * reads. In AWS a function's environment holds {@code HICHAT_<WHAT>_SECRET_ARN} (never the secret
 * itself, which anyone allowed to read the function's configuration could see); at start-up, before
 * SnapStart's snapshot, each is read once from Secrets Manager and becomes the variables below.
 *
 * <p>For every variable the order is: the variable itself when it is set (the local stack sets
 * {@code HICHAT_MYSQL_PASSWORD} and friends directly, as before), else the secret, else the default
 * in {@code application.properties}. A secret whose variables are all set is not read.
 *
 * <table>
 *   <caption>What each secret supplies</caption>
 *   <tr><th>ARN variable</th><th>secret</th><th>variables</th></tr>
 *   <tr><td>{@code HICHAT_MYSQL_SECRET_ARN}</td><td>JSON {@code username}, {@code password}
 *       (RDS's generated secret)</td><td>{@code HICHAT_MYSQL_USER}, {@code HICHAT_MYSQL_PASSWORD}
 *       </td></tr>
 *   <tr><td>{@code HICHAT_JWT_KEYS_SECRET_ARN}</td><td>the JWK set itself</td>
 *       <td>{@code HICHAT_JWT_KEYS}</td></tr>
 *   <tr><td>{@code HICHAT_MONGO_SECRET_ARN}</td><td>a {@code mongodb://} or {@code
 *       mongodb+srv://} URI, or JSON {@code username}, {@code password} (DocumentDB's generated
 *       secret), joined to {@code HICHAT_MONGO_ADDRESS} ({@code host:port/db?options})</td>
 *       <td>{@code HICHAT_MONGO_URI}</td></tr>
 *   <tr><td>{@code HICHAT_LIVEKIT_SECRET_ARN}</td><td>JSON {@code url}, {@code apiKey}, {@code
 *       apiSecret}</td><td>{@code HICHAT_LIVEKIT_URL}, {@code HICHAT_LIVEKIT_API_KEY}, {@code
 *       HICHAT_LIVEKIT_API_SECRET}</td></tr>
 * </table>
 *
 * <p>Errors name variables and fields, never a secret's content.
 */
public final class SecretVariables {

  /** Reads a secret's text by ARN (or name). */
  @FunctionalInterface
  public interface Reader {
    String read(String secretId);
  }

  /** One ARN variable and how its secret becomes variables. */
  record Binding(String arnVariable, List<String> variables, Decoder decoder) {}

  @FunctionalInterface
  interface Decoder {
    /** The variables from the secret's text; {@code env} gives other, non-secret settings. */
    Map<String, String> decode(String text, Function<String, String> env);
  }

  static final List<Binding> BINDINGS =
      List.of(
          new Binding(
              "HICHAT_MYSQL_SECRET_ARN",
              List.of("HICHAT_MYSQL_USER", "HICHAT_MYSQL_PASSWORD"),
              json(
                  "HICHAT_MYSQL_SECRET_ARN",
                  Map.of("username", "HICHAT_MYSQL_USER", "password", "HICHAT_MYSQL_PASSWORD"))),
          new Binding(
              "HICHAT_JWT_KEYS_SECRET_ARN",
              List.of("HICHAT_JWT_KEYS"),
              (text, env) -> Map.of("HICHAT_JWT_KEYS", text)),
          new Binding(
              "HICHAT_MONGO_SECRET_ARN", List.of("HICHAT_MONGO_URI"), SecretVariables::mongoUri),
          new Binding(
              "HICHAT_LIVEKIT_SECRET_ARN",
              List.of("HICHAT_LIVEKIT_URL", "HICHAT_LIVEKIT_API_KEY", "HICHAT_LIVEKIT_API_SECRET"),
              json(
                  "HICHAT_LIVEKIT_SECRET_ARN",
                  Map.of(
                      "url", "HICHAT_LIVEKIT_URL",
                      "apiKey", "HICHAT_LIVEKIT_API_KEY",
                      "apiSecret", "HICHAT_LIVEKIT_API_SECRET"))));

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SecretVariables() {}

  /** The ARN variables this class knows. */
  public static List<String> arnVariables() {
    return BINDINGS.stream().map(Binding::arnVariable).toList();
  }

  /**
   * The variables to add, read from the secrets that {@code env} names and still needs.
   *
   * @param env the process's settings (environment, system properties); a blank value is unset
   * @param reader opened at most once, and only when a secret must be read
   */
  public static Map<String, String> resolve(
      Function<String, String> env, Supplier<? extends Reader> reader) {
    Map<String, String> out = new LinkedHashMap<>();
    Reader open = null;
    for (Binding binding : BINDINGS) {
      String arn = value(env, binding.arnVariable());
      if (arn == null || binding.variables().stream().allMatch(v -> value(env, v) != null)) {
        continue;
      }
      if (open == null) {
        open = reader.get();
      }
      String text;
      try {
        text = open.read(arn);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "cannot read the secret " + binding.arnVariable() + " names (" + arn + "): " + e, e);
      }
      if (text == null) {
        throw new IllegalStateException(
            "the secret " + binding.arnVariable() + " names holds no text (" + arn + ")");
      }
      binding
          .decoder()
          .decode(text, env)
          .forEach(
              (variable, value) -> {
                if (value(env, variable) == null) {
                  out.put(variable, value);
                }
              });
    }
    return out;
  }

  private static String value(Function<String, String> env, String name) {
    String value = env.apply(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** A JSON secret whose fields (field → variable) all must be there as text. */
  private static Decoder json(String arnVariable, Map<String, String> fields) {
    return (text, env) -> {
      JsonNode node = parse(arnVariable, text);
      Map<String, String> out = new LinkedHashMap<>();
      fields.forEach((field, variable) -> out.put(variable, field(arnVariable, node, field)));
      return out;
    };
  }

  private static Map<String, String> mongoUri(String text, Function<String, String> env) {
    String trimmed = text.strip();
    if (trimmed.startsWith("mongodb://") || trimmed.startsWith("mongodb+srv://")) {
      return Map.of("HICHAT_MONGO_URI", trimmed);
    }
    JsonNode node = parse("HICHAT_MONGO_SECRET_ARN", text);
    String address = value(env, "HICHAT_MONGO_ADDRESS");
    if (address == null) {
      throw new IllegalStateException(
          "HICHAT_MONGO_SECRET_ARN names a user and password: HICHAT_MONGO_ADDRESS"
              + " (host:port/database?options) must say where");
    }
    return Map.of(
        "HICHAT_MONGO_URI",
        "mongodb://"
            + encode(field("HICHAT_MONGO_SECRET_ARN", node, "username"))
            + ":"
            + encode(field("HICHAT_MONGO_SECRET_ARN", node, "password"))
            + "@"
            + address);
  }

  private static JsonNode parse(String arnVariable, String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw new IllegalStateException(
            "the secret " + arnVariable + " names is not a JSON object");
      }
      return node;
    } catch (JacksonException e) {
      // not the parser's message: it may quote the secret
      throw new IllegalStateException("the secret " + arnVariable + " names is not JSON");
    }
  }

  private static String field(String arnVariable, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new IllegalStateException(
          "the secret " + arnVariable + " names has no text field '" + field + "'");
    }
    return value.asString();
  }

  private static String encode(String userInfo) {
    return URLEncoder.encode(userInfo, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
