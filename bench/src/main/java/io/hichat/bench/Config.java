package io.hichat.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the stack under test is and how big a run is: environment variables, with defaults. */
record Config(
    String gateway,
    List<String> connectors,
    String kafka,
    String mysqlUrl,
    String mysqlUser,
    String mysqlPassword,
    Path results,
    Path docs,
    String revision) {

  static Config fromEnv() {
    List<String> ws = new ArrayList<>();
    for (String s : env("HICHAT_BENCH_WS", "ws://127.0.0.1:8581/ws").split(",")) {
      if (!s.isBlank()) {
        ws.add(s.trim());
      }
    }
    return new Config(
        env("HICHAT_BENCH_GATEWAY", "http://127.0.0.1:8580"),
        ws,
        env("HICHAT_KAFKA_BOOTSTRAP", "127.0.0.1:19592"),
        env("HICHAT_MYSQL_URL", ""),
        env("HICHAT_MYSQL_USER", "hichat"),
        env("HICHAT_MYSQL_PASSWORD", ""),
        Path.of(env("HICHAT_BENCH_RESULTS", "bench/results")),
        Path.of(env("HICHAT_BENCH_DOCS", "docs")),
        env("HICHAT_BENCH_REVISION", "unknown"));
  }

  /** Where the bench stack's PID files are ({@code HICHAT_BENCH_PIDS}). */
  static Path pidDir() {
    return Path.of(env("HICHAT_BENCH_PIDS", ".hichat/bench/pids"));
  }

  static String env(String name, String def) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      v = System.getProperty(name);
    }
    return v == null || v.isBlank() ? def : v;
  }

  static int intEnv(String name, int def) {
    return parse(name, env(name, Integer.toString(def)).trim());
  }

  /** A list of whole numbers, separated by commas or spaces ({@code "4000,8000"}, "4000 8000"). */
  static List<Integer> intsEnv(String name, String def) {
    List<Integer> out = new ArrayList<>();
    for (String s : env(name, def).trim().split("[,\\s]+")) {
      out.add(parse(name, s));
    }
    return out;
  }

  private static int parse(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + ": \"" + value + "\" is not a whole number (" + name + "=4000,8000 for a list)");
    }
  }

  /** The WebSocket address of connector {@code i} (round robin) for a user's token and device. */
  URI ws(int i, String token, String device) {
    return URI.create(
        connectors.get(Math.floorMod(i, connectors.size()))
            + "?token="
            + token
            + "&deviceId="
            + device);
  }
}
