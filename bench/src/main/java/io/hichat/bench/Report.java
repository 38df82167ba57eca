package io.hichat.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The Markdown block and the console summary of each scenario, and its plot. */
final class Report {

  private Report() {}

  static String markdown(
      Config config, String scenario, Map<String, Object> f, Path json, Map<String, Object> machine)
      throws Exception {
    return markdown(config, scenario, f, json, Results.machineLine(config.revision(), machine));
  }

  /** The block of a run, with the machine line it is given (a stored run keeps its own). */
  static String markdown(
      Config config, String scenario, Map<String, Object> f, Path json, String machineLine)
      throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(title(scenario)).append("\n\n");
    md.append(machineLine)
        .append(" Results: `")
        .append(config.results().resolve(json.getFileName()).toString().replace('\\', '/'))
        .append("`.\n\n");
    switch (scenario) {
      case "one2one" -> one2one(config, f, md);
      case "fanout" -> fanout(config, f, md);
      case "rest" -> rest(config, f, md);
      case "coldstart" -> coldstart(config, f, md);
      case "connections" -> connections(config, f, md);
      default -> md.append("Not measured: ").append(f.get("skipped")).append("\n");
    }
    return md.toString();
  }

  static String title(String s) {
    return switch (s) {
      case "one2one" -> "1:1 messages (`./hichat bench one2one`)";
      case "fanout" -> "Fan-out to a 10,000-member group (`./hichat bench fanout`)";
      case "rest" -> "REST at 64 concurrent clients (`./hichat bench rest`)";
      case "coldstart" -> "Cold start (`./hichat bench coldstart`)";
      case "connections" -> "Idle connections (`./hichat bench connections`)";
      default -> s;
    };
  }

  @SuppressWarnings("unchecked")
  static void one2one(Config config, Map<String, Object> f, StringBuilder md) throws Exception {
    md.append(
        "%s pairs of online friends (%s connections on %s connector(s)), %s-byte `chat.user` frames, %s s per offered rate%s; latency from the scheduled send to the receiver's socket.\n\n"
            .formatted(
                f.get("pairs"),
                f.get("connections"),
                f.get("connectors"),
                f.get("frameBytes"),
                f.get("stepSeconds"),
                warmup(f.get("warmup"))));
    md.append(
        "| offered msg/s | delivered msg/s | p50 | p99 | p99.9 | max | ack p99 | raw Kafka rec/s | raw p99 |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    List<Map<String, Object>> steps = Results.list(f.get("steps"));
    Map<Long, Map<String, Object>> raw = byRate(Results.list(f.get("rawKafkaSteps")));
    for (Map<String, Object> s : steps) {
      Map<String, Object> l = Results.map(s.get("latency"));
      Map<String, Object> a = Results.map(s.get("ackLatency"));
      Map<String, Object> r = raw.get(rate(s));
      md.append(
          "| %s | %s | %s ms | %s ms | %s ms | %s ms | %s ms | %s | %s |\n"
              .formatted(
                  Results.fmt(s.get("offeredPerSecond")),
                  Results.fmt(s.get("deliveredPerSecond")),
                  Results.fmt(l.get("p50Ms")),
                  Results.fmt(l.get("p99Ms")),
                  Results.fmt(l.get("p999Ms")),
                  Results.fmt(l.get("maxMs")),
                  Results.fmt(a.get("p99Ms")),
                  r == null ? "—" : Results.fmt(r.get("deliveredPerSecond")),
                  r == null
                      ? "—"
                      : Results.fmt(Results.map(r.get("latency")).get("p99Ms")) + " ms"));
    }
    Map<String, Object> rawMax = Results.map(f.get("rawKafkaUnthrottled"));
    Map<String, Object> best = Results.map(f.get("best"));
    md.append("\n");
    md.append(
        "Limit: raw Kafka unthrottled%s, %s records of the same size: **%s records/s** (p99 %s ms). "
            .formatted(
                ownWarmup(f.get("rawWarmup")),
                Results.fmt(rawMax.get("records")),
                Results.fmt(rawMax.get("deliveredPerSecond")),
                Results.fmt(Results.map(rawMax.get("latency")).get("p99Ms"))));
    if (best != null) {
      md.append(
          "Best HiChat step with p99 ≤ 1 s: **%s msg/s delivered** → ratio HiChat/raw **%s** (goal: 10,000 msg/s with p99 < 100 ms, ratio ≥ 0.5).\n"
              .formatted(Results.fmt(best.get("deliveredPerSecond")), f.get("ratio")));
    } else {
      md.append(
          "No step stayed under p99 1 s; at the highest delivered rate the ratio HiChat/raw is **%s** (goal: 10,000 msg/s with p99 < 100 ms, ratio ≥ 0.5).\n"
              .formatted(f.get("ratio")));
    }
    String cpu = cpuTable(steps);
    if (!cpu.isEmpty()) {
      md.append("\n")
          .append(
              "CPU per delivered message, in µs, by process (from the time each one used during the step; machine: all cores' busy time, the processes included; kernel: the part of the machine's time spent in the kernel — system calls, interrupts, the loopback network; jit: the part the JVMs' JIT compilers spent, high while a process still compiles its hot code):\n\n")
          .append(cpu);
    }
    md.append("\nIntegrity: ").append(integrityLine(f)).append("\n\n");
    md.append(floors(f));
    Path png = config.docs().resolve("bench/one2one.png");
    Charts.overTime(
        png,
        "1:1 — end-to-end latency and delivered messages per second",
        (List<?>) f.get("_latencySeries"),
        "latency per second (ms)",
        (List<?>) f.get("_throughputSeries"),
        "delivered msg/s");
    md.append("![1:1 latency and throughput](bench/one2one.png)\n");
  }

  @SuppressWarnings("unchecked")
  static void fanout(Config config, Map<String, Object> f, StringBuilder md) throws Exception {
    md.append(
        ("A group of %s members, %s of them online (registered and joined through the API; the"
                + " other %s seeded in MySQL as member rows of users who never connect), %s"
                + " connector(s); one sender sends %s messages one after the other, each when the"
                + " previous one reached every online member%s. Push frames are %s bytes.\n\n")
            .formatted(
                Results.fmt(f.get("members")),
                Results.fmt(f.get("online")),
                Results.fmt(
                    ((Number) f.get("members")).longValue()
                        - ((Number) f.get("online")).longValue()
                        - 1),
                f.get("connectors"),
                f.get("messages"),
                warmup(f.get("warmup")),
                f.get("pushFrameBytes")));
    Map<String, Object> last = Results.map(f.get("lastMember"));
    Map<String, Object> every = Results.map(f.get("everyMember"));
    Map<String, Object> bare = Results.map(Results.map(f.get("bareNetty")).get("lastMember"));
    md.append("| | p50 | p90 | p99 | max |\n|---|---|---|---|---|\n");
    md.append(row("HiChat: send → last online member has it", last));
    md.append(row("HiChat: send → each member (all arrivals)", every));
    md.append(row("bare Netty: push → last connection has it", bare));
    md.append(
        "\nHiChat delivered %s frames/s overall. Ratio bare/HiChat at p99: **%s** (goal: p99 under 500 ms).\n"
            .formatted(Results.fmt(f.get("framesPerSecond")), f.get("ratioP99")));
    md.append("\nIntegrity: ").append(integrityLine(f)).append("\n\n");
    Path png = config.docs().resolve("bench/fanout.png");
    Charts.bars(
        png,
        "Fan-out to " + f.get("online") + " online members: time to the last member (ms)",
        "ms",
        List.of("HiChat p50", "HiChat p99", "bare Netty p50", "bare Netty p99"),
        List.of(
            (Double) last.get("p50Ms"),
            (Double) last.get("p99Ms"),
            (Double) bare.get("p50Ms"),
            (Double) bare.get("p99Ms")));
    md.append("![fan-out latency, HiChat and bare Netty](bench/fanout.png)\n");
  }

  static void rest(Config config, Map<String, Object> f, StringBuilder md) throws Exception {
    md.append(
        ("%s clients, each with one request in flight, %s s per request after 2 s of warm-up;"
                + " users, friendships (a ring) and %s messages per conversation made through the"
                + " API and the WebSocket first. JDK HttpClient (HTTP/1.1) to the local gateway.%s"
                + "\n\n")
            .formatted(
                f.get("clients"),
                f.get("secondsPerRequest"),
                f.get("historyMessagesPerConversation"),
                restWarmup(f.get("warmup"))));
    md.append(
        "| request | req/s | p50 | p90 | p99 | max | non-200 |\n|---|---|---|---|---|---|---|\n");
    List<String> names = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (Map<String, Object> r : Results.list(f.get("requests"))) {
      Map<String, Object> l = Results.map(r.get("latency"));
      md.append(
          "| `%s` | %s | %s ms | %s ms | %s ms | %s ms | %s |\n"
              .formatted(
                  r.get("request"),
                  Results.fmt(r.get("perSecond")),
                  Results.fmt(l.get("p50Ms")),
                  Results.fmt(l.get("p90Ms")),
                  Results.fmt(l.get("p99Ms")),
                  Results.fmt(l.get("maxMs")),
                  r.get("non200")));
      names.add(((String) r.get("request")).replaceAll(" \\(.*", ""));
      rates.add(((Number) r.get("perSecond")).doubleValue());
    }
    md.append("\nIntegrity of the history messages: ").append(integrityLine(f)).append("\n\n");
    Charts.bars(
        config.docs().resolve("bench/rest.png"),
        "REST at " + f.get("clients") + " clients: requests per second",
        "req/s",
        names,
        rates);
    md.append("![REST requests per second](bench/rest.png)\n");
  }

  static void coldstart(Config config, Map<String, Object> f, StringBuilder md) throws Exception {
    md.append(
        "Each run is a new JVM started by the generator while the rest of the stack runs;"
            + " %s runs each.%s\n\n".formatted(f.get("runs"), quiet(f)));
    md.append(
        "| Lambda entry (`ColdStartProbe`) | JVM → main | Spring context | first invocation | **total** | second invocation | process wall time |\n|---|---|---|---|---|---|---|\n");
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    int k = 0;
    for (Map<String, Object> r : Results.list(f.get("lambda"))) {
      md.append(
          "| `%s` | %s ms | %s ms | %s ms | **%s ms** | %s µs | %s ms |\n"
              .formatted(
                  r.get("route"),
                  r.get("jvm_to_main_ms"),
                  r.get("init_ms"),
                  r.get("first_invoke_ms"),
                  r.get("total_ms"),
                  r.get("second_invoke_us"),
                  Results.fmt(r.get("processWallMs"))));
      if (r.get("total_ms") != null) {
        names.add(
            (((String) r.get("route")).startsWith("GET") ? "jwks #" : "login #")
                + (k % Math.max(1, ((Number) f.get("runs")).intValue()) + 1));
        values.add(Double.parseDouble((String) r.get("total_ms")));
      }
      k++;
    }
    md.append(
        "\n| connector (`ConnectorMain`) | start → /health answers | start → first authenticated WebSocket upgrade |\n|---|---|---|\n");
    int i = 1;
    for (Map<String, Object> r : Results.list(f.get("connector"))) {
      md.append(
          "| run %d | %s ms | %s ms |\n"
              .formatted(
                  i, Results.fmt(r.get("healthMs")), Results.fmt(r.get("firstWebSocketMs"))));
      names.add("connector #" + i);
      values.add(((Number) r.get("firstWebSocketMs")).doubleValue());
      i++;
    }
    md.append("\n");
    Charts.bars(
        config.docs().resolve("bench/coldstart.png"),
        "Cold start: process start to first served request (ms)",
        "ms",
        names,
        values);
    md.append("![cold start](bench/coldstart.png)\n");
  }

  static void connections(Config config, Map<String, Object> f, StringBuilder md) throws Exception {
    Map<String, Object> one = Results.map(f.get("oneConnector"));
    Map<String, Object> bare = Results.map(f.get("bareNetty"));
    md.append(
        ("Authenticated idle connections (%s users, a device id per connection), each client"
                + " pinging every 20 s, held %s s before measuring. Memory is the heap in use after a"
                + " full GC (`jcmd GC.run`, `GC.heap_info`) and the resident set, each minus the"
                + " process's own before any connection. Each process may hold 20,000 descriptors"
                + " (`ulimit -Hn`); generator processes connect from 127.0.0.2, .3, .11, .12, ….\n\n")
            .formatted(Config.intEnv("BENCH_CONN_USERS", 100), f.get("holdSeconds")));
    md.append(
        "| server | connections | heap / connection | RSS / connection | connect rate |\n|---|---|---|---|---|\n");
    md.append(connRow("one HiChat connector (ws-1) at its limit", one));
    md.append(connRow("bare Netty WebSocket server, same count", bare));
    md.append(
        "\nRatio HiChat / bare Netty: heap **%s×**, RSS **%s×** (goal: under 10 KB per connection).\n\n"
            .formatted(f.get("heapRatioHichatToBare"), f.get("rssRatioHichatToBare")));
    md.append(
        "| connector | connections | heap / connection | RSS / connection |\n|---|---|---|---|\n");
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Map<String, Object> c : Results.list(f.get("perConnector"))) {
      md.append(
          "| %s | %s | %s B | %s B |\n"
              .formatted(
                  c.get("name"),
                  Results.fmt(c.get("connections")),
                  Results.fmt(c.get("heapBytesPerConnection")),
                  Results.fmt(c.get("rssBytesPerConnection"))));
      names.add((String) c.get("name"));
      values.add(((Number) c.get("connections")).doubleValue());
    }
    md.append(
        "\n**%s connections in total** on %s connectors (goal: 100,000); connect rate with all generators at once: %s/s.\n\n"
            .formatted(
                Results.fmt(f.get("total")),
                f.get("connectors"),
                Results.fmt(f.get("connectRateAllPerSecond"))));
    Charts.bars(
        config.docs().resolve("bench/connections.png"),
        "Open idle connections per connector",
        "connections",
        names,
        values);
    md.append("![connections per connector](bench/connections.png)\n");
  }

  static String connRow(String name, Map<String, Object> m) {
    return "| %s | %s | %s B | %s B | %s/s |\n"
        .formatted(
            name,
            Results.fmt(m.get("connections")),
            Results.fmt(m.get("heapBytesPerConnection")),
            Results.fmt(m.get("rssBytesPerConnection")),
            Results.fmt(m.get("connectRatePerSecond")));
  }

  static String row(String name, Map<String, Object> l) {
    return "| %s | %s ms | %s ms | %s ms | %s ms |\n"
        .formatted(
            name,
            Results.fmt(l.get("p50Ms")),
            Results.fmt(l.get("p90Ms")),
            Results.fmt(l.get("p99Ms")),
            Results.fmt(l.get("maxMs")));
  }

  static String integrityLine(Map<String, Object> f) {
    Map<String, Object> i = Results.map(f.get("integrity"));
    if (i == null) {
      return "not applicable";
    }
    return "%s — expected %s deliveries, delivered %s, missing %s, unexpected %s, duplicates %s, out of order %s, seq gaps %s, resent frames %s."
        .formatted(
            Boolean.TRUE.equals(i.get("ok")) ? "**ok**" : "**FAILED**",
            Results.fmt(i.get("expected")),
            Results.fmt(i.get("delivered")),
            i.get("missing"),
            i.get("unexpected"),
            i.get("duplicates"),
            i.get("outOfOrder"),
            i.get("gaps"),
            i.get("resends"));
  }

  /** How the warm-up before the steps ended; empty for a results file from before it was kept. */
  static String warmup(Object figures) {
    JitWarmup.Result w = JitWarmup.Result.read(figures);
    if (w == null) {
      return "";
    }
    return ", after %d s of warm-up (%s)".formatted(w.seconds(), lastStep(w));
  }

  /** What the JIT compilers used in a warm-up's last step, and whether they had settled. */
  private static String lastStep(JitWarmup.Result w) {
    return "the JIT compilers used %s cores in its last step%s"
        .formatted(w.jitCores(), w.settled() ? "" : ", still compiling at its limit");
  }

  /**
   * How the REST scenario's warm-up of the stack ended; empty for a file from before it had one.
   */
  static String restWarmup(Object figures) {
    JitWarmup.Result w = JitWarmup.Result.read(figures);
    if (w == null) {
      return "";
    }
    return " Before them the four requests in turn warmed the stack up for %d s (%s)."
        .formatted(w.seconds(), lastStep(w));
  }

  /** How quiet the machine was when the cold starts began; empty for a file without it. */
  static String quiet(Map<String, Object> f) {
    if (!(f.get("machineCoresBefore") instanceof Number busy)) {
      return "";
    }
    String cores = Results.fmt(busy.doubleValue());
    String waited = Results.fmt(f.get("quietWaitSeconds"));
    return busy.doubleValue() <= ColdStart.QUIET_CORES
        ? " The runs began once the freshly started stack had settled: %s of the machine's cores busy, after %s s of waiting."
            .formatted(cores, waited)
        : " The stack did not settle: the runs began with %s of the machine's cores busy, after %s s of waiting."
            .formatted(cores, waited);
  }

  /** How a limit's own warm-up (raw Kafka's, the relay's) ended; empty when it had none. */
  static String ownWarmup(Object figures) {
    JitWarmup.Result w = JitWarmup.Result.read(figures);
    if (w == null) {
      return "";
    }
    return " (after %d s of its own warm-up%s)"
        .formatted(
            w.seconds(),
            w.settled() ? "" : "; the JIT compilers still used %s cores".formatted(w.jitCores()));
  }

  /**
   * Each part of the 1:1 path alone, by offered rate: raw Kafka's steps and the {@link BareRelay}'s
   * (the WebSocket hops), with what each cost the machine; empty for a results file from before the
   * relay was measured.
   */
  static String floors(Map<String, Object> f) {
    Map<String, Object> relay = Results.map(f.get("relay"));
    if (relay == null || relay.get("steps") == null) {
      return "";
    }
    Map<Long, Map<String, Object>> raw = byRate(Results.list(f.get("rawKafkaSteps")));
    Map<Long, Map<String, Object>> ws = byRate(Results.list(relay.get("steps")));
    Set<Long> rates = new TreeSet<>(raw.keySet());
    rates.addAll(ws.keySet());
    StringBuilder md = new StringBuilder();
    md.append(
        "Each part alone. Raw Kafka as above, and the WebSocket hops: the same pairs and frames through a bare Netty WebSocket relay in a process of its own%s. `BareRelay` writes the ack, the push and the echo straight from the frame it read: no token check, no Kafka, no stores, seqs counted in memory. CPU per record or message in µs; cores: the machine's busy cores during the step; together: the two parts' cores added (the rest of the stack idles in both, so a little of it is counted twice):\n\n"
            .formatted(ownWarmup(relay.get("warmup"))));
    md.append(
        "| offered /s | raw Kafka p99 | raw machine µs | raw cores | relay delivered/s | relay p99 | relay µs | generator µs | relay machine µs | relay cores | together, cores |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (long rate : rates) {
      Map<String, Object> r = raw.get(rate);
      Map<String, Object> w = ws.get(rate);
      double rawCores = machineCores(r);
      double wsCores = machineCores(w);
      md.append(
          "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n"
              .formatted(
                  Results.fmt(rate),
                  r == null ? "—" : Results.fmt(Results.map(r.get("latency")).get("p99Ms")) + " ms",
                  micros(r, CpuUse.MACHINE),
                  cores(rawCores),
                  w == null ? "—" : Results.fmt(w.get("deliveredPerSecond")),
                  w == null ? "—" : Results.fmt(Results.map(w.get("latency")).get("p99Ms")) + " ms",
                  micros(w, One2One.RELAY),
                  micros(w, CpuUse.GENERATOR),
                  micros(w, CpuUse.MACHINE),
                  cores(wsCores),
                  cores(rawCores + wsCores)));
    }
    md.append("\nRelay integrity: ").append(integrityLine(relay)).append("\n\n");
    return md.toString();
  }

  /** Steps by their offered rate. */
  private static Map<Long, Map<String, Object>> byRate(List<Map<String, Object>> steps) {
    Map<Long, Map<String, Object>> out = new TreeMap<>();
    for (Map<String, Object> s : steps == null ? List.<Map<String, Object>>of() : steps) {
      out.put(rate(s), s);
    }
    return out;
  }

  private static long rate(Map<String, Object> step) {
    return ((Number) step.get("offeredPerSecond")).longValue();
  }

  /** The machine's busy cores during a step; NaN for no step, or one without CPU figures. */
  private static double machineCores(Map<String, Object> step) {
    Object busy = step == null ? null : cpu(step, "cores").get(CpuUse.MACHINE);
    return busy instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** A step's CPU µs per message of {@code name}, whole; "—" without it. */
  private static String micros(Map<String, Object> step, String name) {
    return step == null ? "—" : micros(cpu(step, "microsPerMessage").get(name));
  }

  private static String cores(double cores) {
    return Double.isNaN(cores) ? "—" : String.format("%.2f", cores);
  }

  private static String micros(Object v) {
    return v instanceof Number n ? String.valueOf(Math.round(n.doubleValue())) : "—";
  }

  /** Order of the processes in the CPU table: the path of a message, then the rest. */
  private static final List<String> CPU_ORDER =
      List.of("gateway", "mongo", "kafka", "redis", "mariadb", "s3proxy");

  /**
   * A table of each step's CPU microseconds per delivered message by process ({@link CpuUse}),
   * empty when no step has them (a results file from before they were measured).
   */
  static String cpuTable(List<Map<String, Object>> steps) {
    Set<String> names = new TreeSet<>();
    for (Map<String, Object> s : steps) {
      names.addAll(cpu(s, "microsPerMessage").keySet());
    }
    if (names.isEmpty()) {
      return "";
    }
    List<String> cols = new ArrayList<>();
    for (String n : CPU_ORDER) {
      if (names.remove(n)) {
        cols.add(n);
      }
    }
    for (String n : List.copyOf(names)) {
      if (n.startsWith("ws-")) {
        cols.add(n);
        names.remove(n);
      }
    }
    List<String> last = new ArrayList<>(List.of(CpuUse.GENERATOR, "processes", CpuUse.MACHINE));
    for (String n : List.of(CpuUse.KERNEL, CpuUse.JIT)) {
      if (names.contains(n)) {
        last.add(n); // not in results files from before it was measured
      }
    }
    names.removeAll(last);
    cols.addAll(names);
    cols.addAll(last);
    StringBuilder md = new StringBuilder("| offered msg/s |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String c : cols) {
      md.append(' ').append(c).append(" |");
      rule.append("---|");
    }
    md.append(" machine cores busy |\n").append(rule).append("---|\n");
    for (Map<String, Object> s : steps) {
      Map<String, Object> m = cpu(s, "microsPerMessage");
      md.append("| ").append(Results.fmt(s.get("offeredPerSecond"))).append(" |");
      for (String c : cols) {
        Object v = m.get(c);
        md.append(' ')
            .append(v == null ? "—" : String.valueOf(Math.round(((Number) v).doubleValue())))
            .append(" |");
      }
      Object busy = cpu(s, "cores").get(CpuUse.MACHINE);
      md.append(' ').append(busy == null ? "—" : Results.fmt(busy)).append(" |\n");
    }
    return md.toString();
  }

  /** A part of a step's {@code cpu} figures ({@link CpuUse#since}); empty when it has none. */
  private static Map<String, Object> cpu(Map<String, Object> step, String part) {
    Object cpu = step.get("cpu");
    Object m = cpu instanceof Map<?, ?> c ? c.get(part) : null;
    return m == null ? Map.of() : Results.map(m);
  }

  /** A 1:1 step's rates and latencies as the summary's columns. */
  private static String stepColumns(Map<String, Object> s) {
    Map<String, Object> l = Results.map(s.get("latency"));
    return String.format(
        "%12s %12s %10s %10s %10s",
        s.get("offeredPerSecond"),
        s.get("deliveredPerSecond"),
        l.get("p50Ms"),
        l.get("p99Ms"),
        l.get("p999Ms"));
  }

  static String summary(String scenario, Map<String, Object> f) {
    StringBuilder sb = new StringBuilder("\nsummary: " + scenario + "\n");
    if (scenario.equals("one2one") && f.get("steps") != null) {
      sb.append(
          String.format(
              "%12s %12s %10s %10s %10s%n",
              "offered/s", "delivered/s", "p50 ms", "p99 ms", "p99.9 ms"));
      for (Map<String, Object> s : Results.list(f.get("steps"))) {
        sb.append(stepColumns(s)).append('\n');
        Map<String, Object> cpu = cpu(s, "microsPerMessage");
        if (!cpu.isEmpty()) {
          sb.append(String.format("%12s CPU µs per message: %s%n", "", cpu));
        }
      }
      Map<String, Object> relay = Results.map(f.get("relay"));
      if (relay != null && relay.get("steps") != null) {
        sb.append("bare relay (the WebSocket part alone):\n");
        for (Map<String, Object> s : Results.list(relay.get("steps"))) {
          sb.append(stepColumns(s))
              .append("  machine ")
              .append(micros(cpu(s, "microsPerMessage").get(CpuUse.MACHINE)))
              .append(" µs per message\n");
        }
      }
      sb.append("raw kafka unthrottled: ")
          .append(Results.map(f.get("rawKafkaUnthrottled")).get("deliveredPerSecond"))
          .append(" rec/s; ratio ")
          .append(f.get("ratio"))
          .append("\n");
    } else if (scenario.equals("rest") && f.get("requests") != null) {
      sb.append(String.format("%-36s %10s %10s %10s%n", "request", "req/s", "p50 ms", "p99 ms"));
      for (Map<String, Object> r : Results.list(f.get("requests"))) {
        Map<String, Object> l = Results.map(r.get("latency"));
        sb.append(
            String.format(
                "%-36s %10s %10s %10s%n",
                r.get("request"), r.get("perSecond"), l.get("p50Ms"), l.get("p99Ms")));
      }
    } else {
      List<String> keys = new ArrayList<>();
      for (Map.Entry<String, Object> e : f.entrySet()) {
        if (!e.getKey().startsWith("_") && !(e.getValue() instanceof List)) {
          keys.add(e.getKey() + ": " + e.getValue());
        }
      }
      sb.append(String.join("\n", keys)).append("\n");
    }
    return sb.toString();
  }
}
