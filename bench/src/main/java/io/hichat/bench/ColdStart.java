package io.hichat.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 5: process start to first served request, measured from the generator that starts the
 * process. The Lambda entry path: {@code ColdStartProbe} (LambdaHandler's no-argument constructor,
 * then one invocation of GET /.well-known/jwks.json and one of login). A connector: a new {@code
 * ConnectorMain} on a spare port until it answers /health, and until it completes an authenticated
 * WebSocket upgrade.
 */
final class ColdStart {

  private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S+)");
  private final Config config;
  private final int runs = Config.intEnv("BENCH_COLDSTART_RUNS", 3);
  private final String javaCmd = ProcessHandle.current().info().command().orElse("java");

  /** The machine counts as quiet at or under this many busy cores... */
  static final double QUIET_CORES = 0.25;

  /** ...measured over windows of this many seconds, for this many seconds at the most. */
  private static final int QUIET_WINDOW_SECONDS = 2;

  private static final int QUIET_MAX_SECONDS = 120;

  /** The machine's busy cores over one window. */
  private static double quietCores() throws InterruptedException {
    CpuUse before = CpuUse.mark(Config.pidDir());
    Thread.sleep(QUIET_WINDOW_SECONDS * 1_000L);
    return CpuUse.cores(CpuUse.mark(Config.pidDir()).since(before, 0), CpuUse.MACHINE);
  }

  ColdStart(Config config) {
    this.config = config;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    String functionsCp = Config.env("HICHAT_BENCH_FUNCTIONS_CP", "");
    String connectorCp = Config.env("HICHAT_BENCH_CONNECTOR_CP", "");
    var pool = Executors.newFixedThreadPool(4);
    Api api = new Api(config.gateway(), pool);
    Api.User user = api.register("cold");
    // the stack has only just started and still compiles its own start-up: a new JVM measured
    // meanwhile shares the two cores with it, so the runs wait until the machine is quiet
    long waitStart = System.nanoTime();
    double busy = quietCores();
    while (busy > QUIET_CORES && System.nanoTime() - waitStart < QUIET_MAX_SECONDS * 1e9) {
      busy = quietCores();
    }
    out.put("machineCoresBefore", Latency.round(busy));
    out.put("quietWaitSeconds", Latency.round((System.nanoTime() - waitStart) / 1e9));
    List<Map<String, Object>> lambda = new ArrayList<>();
    for (String[] route :
        List.of(
            new String[] {"GET", "/.well-known/jwks.json"},
            new String[] {
              "POST",
              "/api/v1/user/login",
              "{\"phone\":\"" + user.phone() + "\",\"password\":\"" + user.password() + "\"}"
            })) {
      for (int i = 0; i < runs; i++) {
        List<String> cmd =
            new ArrayList<>(
                List.of(javaCmd, "-cp", functionsCp, "io.hichat.functions.local.ColdStartProbe"));
        cmd.addAll(List.of(route));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String line = null;
        try (BufferedReader r =
            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String l = r.readLine(); l != null; l = r.readLine()) {
            if (l.startsWith("route=")) {
              line = l;
            }
          }
        }
        p.waitFor(120, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - t0) / 1e6;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("route", route[0] + " " + route[1]);
        m.put("processWallMs", Latency.round(wall));
        if (line != null) {
          Matcher f = FIELD.matcher(line.replace("route=" + route[0] + " ", "route="));
          while (f.find()) {
            if (!f.group(1).equals("route")) {
              m.put(f.group(1), f.group(2));
            }
          }
        } else {
          m.put("error", "no probe line (exit " + p.exitValue() + ")");
        }
        System.out.println("  => lambda " + m);
        lambda.add(m);
      }
    }
    out.put("lambda", lambda);
    List<Map<String, Object>> connector = new ArrayList<>();
    int port = Config.intEnv("BENCH_COLDSTART_PORT", 8598);
    try (WsClients ws = new WsClients(1)) {
      for (int i = 0; i < runs; i++) {
        ProcessBuilder pb =
            new ProcessBuilder(
                    javaCmd, "-Xmx384m", "-cp", connectorCp, "io.hichat.connector.ConnectorMain")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HICHAT_CONNECTOR_ID", "cold-" + i);
        pb.environment().put("HICHAT_CONNECTOR_PORT", Integer.toString(port));
        pb.environment().put("HICHAT_CONNECTOR_BIND", "127.0.0.1");
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
          double health = -1;
          var http = java.net.http.HttpClient.newHttpClient();
          while (health < 0 && System.nanoTime() - t0 < 120e9) {
            try {
              var r =
                  http.send(
                      java.net.http.HttpRequest.newBuilder(
                              URI.create("http://127.0.0.1:" + port + "/health"))
                          .timeout(java.time.Duration.ofSeconds(2))
                          .build(),
                      java.net.http.HttpResponse.BodyHandlers.discarding());
              if (r.statusCode() == 200) {
                health = (System.nanoTime() - t0) / 1e6;
              }
            } catch (java.io.IOException e) {
              Thread.sleep(5);
            }
          }
          URI uri =
              URI.create(
                  "ws://127.0.0.1:" + port + "/ws?token=" + user.token() + "&deviceId=cold" + i);
          ws.connect(uri, "cold" + i, null, (c, t) -> {}, false).get(60, TimeUnit.SECONDS).close();
          double upgrade = (System.nanoTime() - t0) / 1e6;
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("healthMs", Latency.round(health));
          m.put("firstWebSocketMs", Latency.round(upgrade));
          System.out.println("  => connector " + m);
          connector.add(m);
        } finally {
          p.destroy();
          p.waitFor(30, TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    out.put("connector", connector);
    out.put("runs", runs);
    return out;
  }
}
