package io.hichat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 1: authenticated idle connections while heartbeats flow. One connector filled to its
 * share of the 20,000-descriptor limit, a bare Netty server holding the same count for the memory
 * ratio, then every connector filled from several generator processes on several loopback source
 * addresses for the machine total.
 */
final class Connections {

  private static final Pattern COUNTS =
      Pattern.compile("connected=(\\d+) closed=(\\d+) failed=(\\d+)");
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final Config config;
  private final int perConnector = Config.intEnv("BENCH_CONN_PER_CONNECTOR", 19_000);
  private final int users = Config.intEnv("BENCH_CONN_USERS", 100);
  private final int holdSeconds = Config.intEnv("BENCH_CONN_HOLD_SECONDS", 30);

  /**
   * Handshakes in flight at once over all the generator processes filling at the same time. Each
   * upgrade checks a token and writes presence; a flood beyond what the connectors get through
   * within the client's handshake timeout (10 s) only turns queueing into failures — with 2,500 in
   * flight on a slower machine, a sixth of the upgrades to ws-2..ws-6 timed out.
   */
  private final int inFlight = Config.intEnv("BENCH_CONN_IN_FLIGHT", 500);

  private final String javaCmd = ProcessHandle.current().info().command().orElse("java");
  private final String cp = System.getProperty("java.class.path");

  Connections(Config config) {
    this.config = config;
  }

  /** A generator child process and its latest counts. */
  private final class Worker {
    final Process process;
    volatile long connected;
    volatile long closed;
    volatile long failed;
    volatile String error;

    Worker(String url, Path tokens, int count, String source, String prefix, int inFlight)
        throws IOException {
      process =
          new ProcessBuilder(
                  javaCmd,
                  "-Xmx1g",
                  "-Xss256k",
                  "-cp",
                  cp,
                  ConnectionsWorker.class.getName(),
                  url,
                  tokens == null ? "-" : tokens.toString(),
                  Integer.toString(count),
                  source,
                  prefix,
                  Integer.toString(Math.max(1, inFlight)))
              .redirectErrorStream(true)
              .start();
      Thread t =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String l = r.readLine(); l != null; l = r.readLine()) {
                    Matcher m = COUNTS.matcher(l);
                    if (m.find()) {
                      connected = Long.parseLong(m.group(1));
                      closed = Long.parseLong(m.group(2));
                      failed = Long.parseLong(m.group(3));
                    } else if (l.startsWith("error") && error == null) {
                      error = l;
                    }
                  }
                } catch (IOException e) {
                  // process ended
                }
              });
      t.setDaemon(true);
      t.start();
    }

    long open() {
      return connected - closed;
    }

    void stop() throws InterruptedException {
      try {
        process.getOutputStream().close();
      } catch (IOException ignored) {
        // already gone
      }
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    var pool = Executors.newFixedThreadPool(16);
    List<Api.User> us;
    try {
      Api api = new Api(config.gateway(), pool);
      try (Progress p = new Progress("register users", users)) {
        us = Api.parallel(users, 16, i -> api.register("c" + i), p);
      }
    } finally {
      pool.shutdown();
    }
    Path tokens = Files.createTempFile("bench-tokens", ".txt");
    Files.write(tokens, us.stream().map(Api.User::token).toList());
    List<Long> pids = connectorPids();
    int n = config.connectors().size();
    List<Worker> workers = new ArrayList<>();
    try {
      // 1. one connector to its limit
      Map<String, Object> before = memory(pids.get(0));
      Worker w1 =
          new Worker(config.connectors().get(0), tokens, perConnector, "127.0.0.2", "w1", inFlight);
      workers.add(w1);
      double rate1 = fill("connector ws-1", List.of(w1), perConnector);
      hold(List.of(w1));
      Map<String, Object> after = memory(pids.get(0));
      Map<String, Object> one = perConnection("ws-1", before, after, w1.open());
      one.put("connectRatePerSecond", Latency.round(rate1));
      one.put("failed", w1.failed);
      one.put("firstError", w1.error);
      out.put("oneConnector", one);

      // 2. a bare Netty server with the same count, in its own process
      int barePort = Config.intEnv("BENCH_BARE_PORT", 8590);
      Process bare =
          new ProcessBuilder(
                  javaCmd,
                  "-Xmx1g",
                  "-cp",
                  cp,
                  BareWsServer.class.getName(),
                  Integer.toString(barePort),
                  "2")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      try {
        Thread.sleep(2_000);
        Map<String, Object> bareBefore = memory(bare.pid());
        Worker wb =
            new Worker(
                "ws://127.0.0.1:" + barePort + "/ws",
                null,
                (int) w1.open(),
                "127.0.0.3",
                "b",
                inFlight);
        double rateBare = fill("bare netty", List.of(wb), (int) w1.open());
        hold(List.of(wb));
        Map<String, Object> bareAfter = memory(bare.pid());
        Map<String, Object> bareFig = perConnection("bare", bareBefore, bareAfter, wb.open());
        bareFig.put("connectRatePerSecond", Latency.round(rateBare));
        out.put("bareNetty", bareFig);
        wb.stop();
      } finally {
        bare.destroy();
        bare.waitFor(10, TimeUnit.SECONDS);
      }
      double heapRatio =
          ((Number) one.get("heapBytesPerConnection")).doubleValue()
              / Math.max(
                  1,
                  ((Number) Results.map(out.get("bareNetty")).get("heapBytesPerConnection"))
                      .doubleValue());
      double rssRatio =
          ((Number) one.get("rssBytesPerConnection")).doubleValue()
              / Math.max(
                  1,
                  ((Number) Results.map(out.get("bareNetty")).get("rssBytesPerConnection"))
                      .doubleValue());
      out.put("heapRatioHichatToBare", Latency.round(heapRatio));
      out.put("rssRatioHichatToBare", Latency.round(rssRatio));

      // 3. every other connector, one generator process each, on its own source address
      List<Map<String, Object>> befores = new ArrayList<>();
      List<Worker> rest = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        befores.add(memory(pids.get(i)));
      }
      for (int i = 1; i < n; i++) {
        Worker w =
            new Worker(
                config.connectors().get(i),
                tokens,
                perConnector,
                "127.0.0." + (10 + i),
                "w" + (i + 1),
                inFlight / (n - 1));
        rest.add(w);
        workers.add(w);
      }
      double rateAll = fill("connectors ws-2..ws-" + n, rest, perConnector * (n - 1));
      List<Worker> all = new ArrayList<>(workers);
      hold(all);
      List<Map<String, Object>> perConnector = new ArrayList<>();
      perConnector.add(perConnection("ws-1", before, memory(pids.get(0)), w1.open()));
      long total = w1.open();
      for (int i = 1; i < n; i++) {
        Worker w = rest.get(i - 1);
        Map<String, Object> m =
            perConnection("ws-" + (i + 1), befores.get(i - 1), memory(pids.get(i)), w.open());
        m.put("failed", w.failed);
        m.put("firstError", w.error);
        perConnector.add(m);
        total += w.open();
      }
      out.put("connectors", n);
      out.put("perConnectorTarget", this.perConnector);
      out.put("perConnector", perConnector);
      out.put("total", total);
      out.put("connectRateAllPerSecond", Latency.round(rateAll));
      out.put("holdSeconds", holdSeconds);
      System.out.printf("  => %d connections open on %d connectors%n", total, n);
    } finally {
      for (Worker w : workers) {
        w.stop();
      }
      Files.deleteIfExists(tokens);
    }
    return out;
  }

  /**
   * Waits until the workers have opened {@code target} connections (or stalled); returns conn/s.
   */
  private double fill(String label, List<Worker> ws, int target) throws InterruptedException {
    long start = System.nanoTime();
    long last = -1;
    long lastChange = System.nanoTime();
    try (Progress p =
        new Progress(
            label, target, null, () -> "failed " + ws.stream().mapToLong(w -> w.failed).sum())) {
      while (true) {
        long done = ws.stream().mapToLong(w -> w.connected + w.failed).sum();
        long open = ws.stream().mapToLong(w -> w.connected).sum();
        p.add(open - p.counted());
        if (done >= target) {
          break;
        }
        if (done != last) {
          last = done;
          lastChange = System.nanoTime();
        } else if (System.nanoTime() - lastChange > 30e9) {
          System.out.println("  no progress for 30 s: stopping at " + open);
          break;
        }
        Thread.sleep(200);
      }
    }
    long open = ws.stream().mapToLong(w -> w.connected).sum();
    return open / ((System.nanoTime() - start) / 1e9);
  }

  private void hold(List<Worker> ws) throws InterruptedException {
    try (Progress p =
        new Progress(
            "idle, heartbeats flowing",
            0,
            null,
            () -> "open " + ws.stream().mapToLong(Worker::open).sum())) {
      Thread.sleep(holdSeconds * 1_000L);
    }
  }

  private static Map<String, Object> perConnection(
      String name, Map<String, Object> before, Map<String, Object> after, long count) {
    Map<String, Object> m = new LinkedHashMap<>();
    long heap =
        ((Number) after.get("heapBytes")).longValue()
            - ((Number) before.get("heapBytes")).longValue();
    long rss =
        ((Number) after.get("rssBytes")).longValue()
            - ((Number) before.get("rssBytes")).longValue();
    m.put("name", name);
    m.put("connections", count);
    m.put("heapBytesBefore", before.get("heapBytes"));
    m.put("heapBytesAfter", after.get("heapBytes"));
    m.put("rssBytesBefore", before.get("rssBytes"));
    m.put("rssBytesAfter", after.get("rssBytes"));
    m.put("heapBytesPerConnection", count == 0 ? 0 : heap / count);
    m.put("rssBytesPerConnection", count == 0 ? 0 : rss / count);
    return m;
  }

  /** Heap in use after a full GC (jcmd) and resident set size of a JVM. */
  static Map<String, Object> memory(long pid) throws Exception {
    String jcmd =
        Path.of(ProcessHandle.current().info().command().orElse("java"))
            .resolveSibling("jcmd")
            .toString();
    run(jcmd, Long.toString(pid), "GC.run");
    String info = run(jcmd, Long.toString(pid), "GC.heap_info");
    long heap = heapUsed(info);
    long rss = -1;
    for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (l.startsWith("VmRSS:")) {
        rss = Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("heapBytes", heap);
    out.put("rssBytes", rss);
    return out;
  }

  /**
   * The heap in use from {@code jcmd GC.heap_info}: the sum of the "total …, used …K" lines of the
   * heap (G1 has one, the serial collector one per generation); Metaspace is not heap. -1 when
   * there is none.
   */
  static long heapUsed(String info) {
    long used = -1;
    for (String line : info.split("\n")) {
      if (line.contains("Metaspace") || line.contains("class space") || !line.contains("total")) {
        continue;
      }
      Matcher m = USED.matcher(line);
      if (m.find()) {
        used = Math.max(used, 0) + Long.parseLong(m.group(1)) * 1024;
      }
    }
    return used;
  }

  private static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return s;
  }

  /** The connectors' PIDs, from the bench stack's PID files (ws-1, ws-2, ... in order). */
  private List<Long> connectorPids() throws IOException {
    Path dir = Config.pidDir();
    List<Long> out = new ArrayList<>();
    for (int i = 1; i <= config.connectors().size(); i++) {
      out.add(Long.parseLong(Files.readString(dir.resolve("ws-" + i + ".pid")).trim()));
    }
    return out;
  }
}
