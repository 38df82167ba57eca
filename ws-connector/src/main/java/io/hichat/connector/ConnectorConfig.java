package io.hichat.connector;

import com.mongodb.ConnectionString;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import io.hichat.model.delivery.Presence;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything a connector process needs, read once from the environment (the same {@code HICHAT_*}
 * names the functions use) and validated before anything starts: a bad value stops the process with
 * a message naming the variable.
 *
 * @param bind the address the WebSocket server binds
 * @param port its port; 0 picks a free one (tests)
 * @param connectorId this process's name in the presence directory and its delivery channel
 * @param jwtKeys the public keys that verify access tokens (private parts are dropped)
 */
public record ConnectorConfig(
    String bind,
    int port,
    String connectorId,
    String redisUrl,
    String kafkaBootstrap,
    boolean kafkaIam,
    String mysqlUrl,
    String mysqlUser,
    String mysqlPassword,
    int mysqlPoolSize,
    String mongoUri,
    String mongoDatabase,
    JWKSet jwtKeys,
    String jwtIssuer,
    String jwtAudience,
    Tuning tuning) {

  private static final Pattern CONNECTOR_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /**
   * Timings and bounds, with production defaults; tests shorten the timings.
   *
   * @param idleTimeout a connection that sends nothing (not even a ping) for this long is closed
   * @param presenceRefresh how often this connector's presence entries are rewritten
   * @param pushAckTimeout a pushed chat frame not acked within this is pushed again
   * @param pushRetries how many times it is pushed again before the connector gives up on it
   * @param maxUnacked un-acked chat frames one connection may hold; past it the client is dropped
   * @param unwritableGrace how long a connection may stay unwritable before it is closed
   * @param sendPerSecond {@code chat.user} frames one connection may send per second
   * @param sendBurst how many of them may come at once
   * @param ioThreads event loop threads; 0 lets Netty choose (twice the cores)
   * @param nativeTransport Linux's epoll through Netty's native transport where it loads (fewer
   *     system calls and less garbage than the JDK's selector); the JDK's NIO otherwise
   */
  public record Tuning(
      Duration idleTimeout,
      Duration presenceRefresh,
      Duration pushAckTimeout,
      int pushRetries,
      int maxUnacked,
      Duration unwritableGrace,
      int sendPerSecond,
      int sendBurst,
      int ioThreads,
      boolean nativeTransport) {

    public static Tuning defaults() {
      return new Tuning(
          Duration.ofSeconds(60),
          Presence.REFRESH,
          Duration.ofSeconds(5),
          3,
          1000,
          Duration.ofSeconds(5),
          30,
          60,
          0,
          true);
    }
  }

  public ConnectorConfig {
    require(bind != null && !bind.isBlank(), "HICHAT_CONNECTOR_BIND is empty");
    require(port >= 0 && port <= 65535, "HICHAT_CONNECTOR_PORT must be 0..65535");
    require(
        connectorId != null && CONNECTOR_ID.matcher(connectorId).matches(),
        "HICHAT_CONNECTOR_ID must be 1-64 characters of [A-Za-z0-9._:-]");
    require(notBlank(redisUrl), "HICHAT_REDIS_URL is empty");
    require(notBlank(kafkaBootstrap), "HICHAT_KAFKA_BOOTSTRAP is empty");
    require(notBlank(mysqlUrl), "HICHAT_MYSQL_URL is empty");
    require(mysqlPoolSize >= 1 && mysqlPoolSize <= 64, "HICHAT_MYSQL_POOL_SIZE must be 1..64");
    require(notBlank(mongoUri), "HICHAT_MONGO_URI is empty");
    try {
      new ConnectionString(mongoUri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "HICHAT_MONGO_URI is not a MongoDB URI: " + e.getMessage());
    }
    require(notBlank(mongoDatabase), "HICHAT_MONGO_DATABASE is empty");
    require(notBlank(jwtIssuer), "HICHAT_JWT_ISSUER is empty");
    require(notBlank(jwtAudience), "HICHAT_JWT_AUDIENCE is empty");
    require(tuning != null, "tuning is missing");
    jwtKeys = publicKeys(jwtKeys);
  }

  /** Reads the configuration from environment variables; throws naming what is wrong. */
  public static ConnectorConfig fromEnv(Map<String, String> env) {
    String bind = env.getOrDefault("HICHAT_CONNECTOR_BIND", "127.0.0.1");
    int port = integer(env, "HICHAT_CONNECTOR_PORT", 8081);
    String id = env.get("HICHAT_CONNECTOR_ID");
    if (id == null || id.isBlank()) {
      id = defaultId(port);
    }
    String keys = env.get("HICHAT_JWT_KEYS");
    if (keys == null || keys.isBlank()) {
      keys = readKeyFile(env.getOrDefault("HICHAT_JWT_KEYS_FILE", ".hichat/up/secrets/jwks.json"));
    }
    Tuning tuning = Tuning.defaults();
    int ioThreads = integer(env, "HICHAT_CONNECTOR_IO_THREADS", 0);
    require(ioThreads >= 0, "HICHAT_CONNECTOR_IO_THREADS must not be negative");
    String transport = env.getOrDefault("HICHAT_CONNECTOR_TRANSPORT", "native").trim();
    require(
        transport.equals("native") || transport.equals("nio"),
        "HICHAT_CONNECTOR_TRANSPORT must be native or nio, not " + transport);
    tuning =
        new Tuning(
            tuning.idleTimeout(),
            tuning.presenceRefresh(),
            tuning.pushAckTimeout(),
            tuning.pushRetries(),
            tuning.maxUnacked(),
            tuning.unwritableGrace(),
            tuning.sendPerSecond(),
            tuning.sendBurst(),
            ioThreads,
            transport.equals("native"));
    return new ConnectorConfig(
        bind,
        port,
        id,
        env.getOrDefault("HICHAT_REDIS_URL", "redis://127.0.0.1:16379"),
        env.getOrDefault("HICHAT_KAFKA_BOOTSTRAP", "127.0.0.1:19092"),
        Boolean.parseBoolean(env.getOrDefault("HICHAT_KAFKA_IAM", "false")),
        env.getOrDefault(
            "HICHAT_MYSQL_URL",
            "jdbc:mysql://127.0.0.1:13306/hichat?useSSL=false&allowPublicKeyRetrieval=true"
                + "&serverTimezone=UTC"),
        env.getOrDefault("HICHAT_MYSQL_USER", "hichat"),
        env.getOrDefault("HICHAT_MYSQL_PASSWORD", "hichat-local"),
        integer(env, "HICHAT_MYSQL_POOL_SIZE", 4),
        mongoUri(env),
        env.getOrDefault("HICHAT_MONGO_DATABASE", "hichat"),
        parseKeys(keys),
        env.getOrDefault("HICHAT_JWT_ISSUER", "hichat"),
        env.getOrDefault("HICHAT_JWT_AUDIENCE", "hichat-api"),
        tuning);
  }

  /**
   * {@code HICHAT_MONGO_URI}, or, when it is not set, one made from {@code HICHAT_MONGO_ADDRESS}
   * ({@code host:port/database?options}) and the user and password that ECS injects from the
   * database's secret ({@code HICHAT_MONGO_USER}, {@code HICHAT_MONGO_PASSWORD}).
   */
  static String mongoUri(Map<String, String> env) {
    String uri = env.get("HICHAT_MONGO_URI");
    if (notBlank(uri)) {
      return uri;
    }
    String address = env.get("HICHAT_MONGO_ADDRESS");
    String user = env.get("HICHAT_MONGO_USER");
    String password = env.get("HICHAT_MONGO_PASSWORD");
    if (notBlank(address) && notBlank(user) && notBlank(password)) {
      return "mongodb://" + userInfo(user) + ":" + userInfo(password) + "@" + address;
    }
    if (notBlank(address)) {
      throw new IllegalArgumentException(
          "HICHAT_MONGO_ADDRESS needs HICHAT_MONGO_USER and HICHAT_MONGO_PASSWORD");
    }
    return "mongodb://127.0.0.1:17017/hichat";
  }

  private static String userInfo(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /** A copy with other timings and bounds. */
  public ConnectorConfig withTuning(Tuning other) {
    return new ConnectorConfig(
        bind,
        port,
        connectorId,
        redisUrl,
        kafkaBootstrap,
        kafkaIam,
        mysqlUrl,
        mysqlUser,
        mysqlPassword,
        mysqlPoolSize,
        mongoUri,
        mongoDatabase,
        jwtKeys,
        jwtIssuer,
        jwtAudience,
        other);
  }

  /** A copy listening on another port under another id. */
  public ConnectorConfig withListener(int otherPort, String otherId) {
    return new ConnectorConfig(
        bind,
        otherPort,
        otherId,
        redisUrl,
        kafkaBootstrap,
        kafkaIam,
        mysqlUrl,
        mysqlUser,
        mysqlPassword,
        mysqlPoolSize,
        mongoUri,
        mongoDatabase,
        jwtKeys,
        jwtIssuer,
        jwtAudience,
        tuning);
  }

  /** The database named by the URI wins over {@link #mongoDatabase}, as in the functions. */
  public String mongoDatabaseName() {
    String named = new ConnectionString(mongoUri).getDatabase();
    return named == null || named.isEmpty() ? mongoDatabase : named;
  }

  /** The public half of a JWK set in the format of the functions' signing keys. */
  public static JWKSet parseKeys(String json) {
    try {
      return JWKSet.parse(json);
    } catch (ParseException e) {
      throw new IllegalArgumentException("HICHAT_JWT_KEYS is not a valid JWK set", e);
    }
  }

  private static JWKSet publicKeys(JWKSet set) {
    require(set != null, "no JWT keys (HICHAT_JWT_KEYS or HICHAT_JWT_KEYS_FILE)");
    JWKSet publicSet = set.toPublicJWKSet();
    require(!publicSet.getKeys().isEmpty(), "the JWT key set has no keys");
    for (var key : publicSet.getKeys()) {
      require(
          key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && key.getKeyID() != null,
          "JWT keys must be P-256 (ES256) EC keys with a kid");
    }
    return publicSet;
  }

  private static String readKeyFile(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the JWT key file " + file + " (HICHAT_JWT_KEYS_FILE): " + e.getMessage(), e);
    }
  }

  private static String defaultId(int port) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    // a fixed port names one process per host; an ephemeral one does not, the process id does
    String suffix = port == 0 ? "pid" + ProcessHandle.current().pid() : Integer.toString(port);
    String id = "ws-" + host.replaceAll("[^A-Za-z0-9.-]", "-") + "-" + suffix;
    return id.length() > 64 ? id.substring(id.length() - 64) : id;
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not " + value);
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
