package io.hichat.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Scenario 2: pairs of online friends send at fixed offered rates through the whole path (WebSocket
 * → Kafka → chatPersist → MongoDB → delivery channel → WebSocket), one step per rate, until p99
 * passes 1 s. The limit: raw Kafka produce → consume of the same records on the same broker. The
 * floor: the same traffic through a {@link BareRelay}, the WebSocket hops without the rest.
 */
final class One2One {

  private final Config config;
  private final int pairs = Config.intEnv("BENCH_PAIRS", 200);
  private final List<Integer> rates =
      Config.intsEnv("BENCH_RATES", "250,500,1000,2000,4000,6000,8000,10000");
  private final int stepSeconds = Config.intEnv("BENCH_STEP_SECONDS", 15);
  private final int warmupSeconds = Config.intEnv("BENCH_WARMUP_SECONDS", 20);

  static final int SETTLE_SECONDS = JitWarmup.STEP_SECONDS;

  /** The relay's process in the CPU figures of its steps. */
  static final String RELAY = "relay";

  /** The relay's users are numbered from here (it checks no one; HiChat's ids are far lower). */
  private static final long RELAY_FIRST_USER = 900_000_000L;

  private static final Map<String, ProcessHandle> NONE = Map.of();

  private final int perConnectionRate = 25; // under the connector's 30/s per connection
  private final Path pidDir = Config.pidDir();

  One2One(Config config) {
    this.config = config;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    ChatTraffic traffic = new ChatTraffic();
    List<Api.User> users;
    var pool = Executors.newFixedThreadPool(32);
    try {
      Api api = new Api(config.gateway(), pool);
      try (Progress p = new Progress("register users", 2L * pairs)) {
        users = Api.parallel(2 * pairs, 16, i -> api.register("b" + i), p);
      }
      try (Progress p = new Progress("befriend pairs", pairs)) {
        Api.parallel(
            pairs,
            16,
            i -> {
              api.befriend(users.get(2 * i), users.get(2 * i + 1));
              return null;
            },
            p);
      }
    } finally {
      pool.shutdown();
    }
    List<Map<String, Object>> steps = new ArrayList<>();
    try (WsClients ws = new WsClients(1)) {
      // both users of a pair on the same connector when there are several: i / 2
      List<WsClients.Conn> conns =
          connect(
              ws,
              users,
              i -> config.ws(i / 2, users.get(i).token(), users.get(i).device()),
              traffic,
              "connect");
      int senders = conns.size();
      Latency overall = new Latency();
      List<double[]> series = new ArrayList<>();
      List<Latency.Second> seconds = new ArrayList<>();
      int capacity = senders * perConnectionRate;
      List<Integer> warmups = new ArrayList<>();
      if (warmupSeconds > 0) {
        // the JIT of every process on the path compiles the hot code at a low rate first, then at
        // 1,000/s or the first measured rate if higher (the gateway's cost per batch was still
        // falling half a minute into a 2,000/s step after a warm-up of 10 s at 200/s and 10 s at
        // 2,000/s)
        warmups.add(Math.min(rates.get(0), 200));
        int second = Math.max(rates.get(0), Math.min(1_000, capacity));
        if (second > 200) {
          warmups.add(second);
        }
      }
      warmups.removeIf(rate -> rate > capacity);
      int warmed = 0;
      double jit = 0;
      for (int rate : warmups) {
        Measured m = drive(traffic, users, conns, rate, warmupSeconds, "1:1 warm-up ", NONE);
        warmed += warmupSeconds;
        jit = CpuUse.cores(m.cpu(), CpuUse.JIT);
        System.out.printf("  => warm-up done: p99 %.1f ms%n", m.latency().get("p99Ms"));
      }
      if (!warmups.isEmpty()) {
        // then on at the last warm-up rate until the JIT compilers have settled: a process still
        // compiling the path's hot code costs more per message, by half again for the gateway in a
        // step right after the fixed warm-up above on a slower machine
        int rate = warmups.get(warmups.size() - 1);
        JitWarmup.Result w =
            JitWarmup.settle(
                warmed,
                jit,
                JitWarmup.settledCores(),
                JitWarmup.maxSeconds(),
                SETTLE_SECONDS,
                last -> {
                  System.out.printf(
                      "  the JIT compilers used %.2f cores in the last warm-up step: warming up on%n",
                      last);
                  Measured m =
                      drive(
                          traffic, users, conns, rate, SETTLE_SECONDS, "1:1 warm-up (JIT) ", NONE);
                  return CpuUse.cores(m.cpu(), CpuUse.JIT);
                });
        System.out.println(w.line("warm-up"));
        out.put("warmup", w.figures());
      }
      double[] offset = {0};
      steps.addAll(
          ramp(
              traffic,
              users,
              conns,
              "1:1 ",
              NONE,
              m -> {
                for (double[] t : m.throughput()) {
                  series.add(new double[] {offset[0] + t[0], t[1]});
                }
                for (Latency.Second s : traffic.arrival.seconds()) {
                  seconds.add(
                      new Latency.Second(offset[0] + s.at(), s.count(), s.p50(), s.p99(), s.max()));
                }
                offset[0] += m.seconds() + 1;
                overall.total().add(traffic.arrival.total());
              }));
      Integrity.Report report = finish(traffic, conns);
      out.put("pairs", pairs);
      out.put("connections", conns.size());
      out.put("connectors", config.connectors().size());
      out.put("frameBytes", ChatTraffic.frameSize());
      out.put("stepSeconds", stepSeconds);
      out.put("steps", steps);
      out.put("integrity", Results.integrity(report));
      out.put("errors", Map.copyOf(traffic.errorSamples));
      out.put("chatFailed", traffic.failedPushes.get());
      out.put("_throughputSeries", series);
      out.put("_latencySeries", seconds);
      Map<String, Object> best = best(steps);
      out.put("best", best);
      // the limit: the same records through Kafka alone
      RawKafka raw = new RawKafka(config.kafka(), pidDir);
      if (warmupSeconds > 0 && !steps.isEmpty()) {
        // the generator's Kafka clients compile their hot code only now (a third to a half of a
        // core for minutes on a slow machine), and a raw step measured meanwhile understates the
        // limit: raw Kafka warms up by the same rule, at the highest measured rate
        int rate = (int) steps.get(steps.size() - 1).get("offeredPerSecond");
        JitWarmup.Result w =
            JitWarmup.fromCold(
                "raw kafka warm-up",
                last ->
                    CpuUse.cores(
                        Results.map(
                            raw.run(
                                    rate,
                                    (long) rate * SETTLE_SECONDS,
                                    ChatTraffic.frameSize(),
                                    "warm-up ")
                                .get("cpu")),
                        CpuUse.JIT));
        out.put("rawWarmup", w.figures());
      }
      // at every rate, past where HiChat's ramp stopped: with the relay's steps below, what each
      // part of the path costs the machine alone at the goal's rate
      List<Map<String, Object>> rawSteps = new ArrayList<>();
      for (int rate : rates) {
        if (rate <= capacity) {
          rawSteps.add(raw.run(rate, (long) rate * stepSeconds, ChatTraffic.frameSize()));
        }
      }
      Map<String, Object> rawMax =
          raw.run(
              0,
              Math.max(50_000, (long) rates.get(rates.size() - 1) * stepSeconds / 2),
              ChatTraffic.frameSize());
      out.put("rawKafkaSteps", rawSteps);
      out.put("rawKafkaUnthrottled", rawMax);
      Map<String, Object> basis = best != null ? best : highest(steps);
      if (basis != null) {
        double hichat = ((Number) basis.get("deliveredPerSecond")).doubleValue();
        double rawRate = ((Number) rawMax.get("deliveredPerSecond")).doubleValue();
        out.put("ratio", Latency.round(hichat / rawRate));
      }
    }
    // the floor: the WebSocket part alone, at the highest rate measured and beyond
    int top =
        steps.isEmpty() ? rates.get(0) : (int) steps.get(steps.size() - 1).get("offeredPerSecond");
    out.put("relay", relay(top));
    return out;
  }

  /** Connects every user, the i-th to {@code uri.apply(i)}, with progress shown. */
  private static List<WsClients.Conn> connect(
      WsClients ws, List<Api.User> users, IntFunction<URI> uri, ChatTraffic traffic, String label)
      throws Exception {
    List<WsClients.Conn> conns = new ArrayList<>();
    try (Progress p = new Progress(label, users.size())) {
      List<CompletableFuture<WsClients.Conn>> fs = new ArrayList<>();
      for (int i = 0; i < users.size(); i++) {
        fs.add(
            ws.connect(uri.apply(i), users.get(i).device(), null, traffic::onText, true)
                .whenComplete((c, e) -> p.count()));
      }
      for (var f : fs) {
        conns.add(f.get());
      }
    }
    return conns;
  }

  /** The results-file figures of one measured step, printed as a line too. */
  private static Map<String, Object> step(ChatTraffic traffic, int rate, Measured m) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("offeredPerSecond", rate);
    step.put("sent", m.sent());
    step.put("refused", m.refused());
    step.put("delivered", m.delivered());
    step.put("sendSeconds", Latency.round(m.sendSeconds()));
    step.put("seconds", Latency.round(m.seconds()));
    step.put("deliveredPerSecond", Latency.round(m.delivered() / m.seconds()));
    step.put("latency", m.latency());
    step.put("ackLatency", traffic.acked.summary());
    step.put("outstandingAfterDrain", traffic.integrity.outstanding());
    step.put("cpu", m.cpu());
    System.out.printf(
        "  => %d msg/s offered: %.0f delivered/s, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%n",
        rate,
        m.delivered() / m.seconds(),
        m.latency().get("p50Ms"),
        m.latency().get("p99Ms"),
        m.latency().get("p999Ms"));
    return step;
  }

  /**
   * One step per configured rate the senders can offer, in order, until p99 passes 1 s or
   * deliveries are still missing after a step; {@code each} sees every step's measure first.
   */
  private List<Map<String, Object>> ramp(
      ChatTraffic traffic,
      List<Api.User> users,
      List<WsClients.Conn> conns,
      String label,
      Map<String, ProcessHandle> also,
      Consumer<Measured> each)
      throws InterruptedException {
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int rate : rates) {
      if (rate > conns.size() * perConnectionRate) {
        System.out.printf(
            "  skipping %d msg/s: %d senders at %d/s each%n",
            rate, conns.size(), perConnectionRate);
        continue;
      }
      Measured m = drive(traffic, users, conns, rate, stepSeconds, label, also);
      each.accept(m);
      Map<String, Object> step = step(traffic, rate, m);
      steps.add(step);
      if (endsRamp(step)) {
        break;
      }
    }
    return steps;
  }

  /** The run's integrity report, once every connection is closed. */
  private static Integrity.Report finish(ChatTraffic traffic, List<WsClients.Conn> conns) {
    Integrity.Report report = traffic.integrity.finish(1);
    for (WsClients.Conn c : conns) {
      c.close();
    }
    return report;
  }

  /** Whether a ramp stops after this step: p99 passed 1 s, or deliveries are still missing. */
  private static boolean endsRamp(Map<String, Object> step) {
    double p99 = (double) Results.map(step.get("latency")).get("p99Ms");
    if (p99 > 1_000 || ((Number) step.get("outstandingAfterDrain")).longValue() > 0) {
      System.out.println("  p99 passed 1 s (or deliveries still missing): stopping the ramp");
      return true;
    }
    return false;
  }

  /**
   * The floor of the path: the same pairs and frames through a {@link BareRelay} in a process of
   * its own — the WebSocket hops of a message without anything of HiChat between them. It warms up
   * by the JIT rule at {@code warmupRate} (the highest rate HiChat's ramp measured), then runs
   * every configured rate until its p99 passes 1 s, past where HiChat's ramp stopped: what the
   * WebSocket part alone leaves of the machine at the goal's rate is the question.
   */
  private Map<String, Object> relay(int warmupRate) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    Process process =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                // the collector the connector runs with by default: little to collect here either
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                BareRelay.class.getName(),
                "0")
            .redirectErrorStream(true)
            .start();
    try {
      int port = BareRelay.awaitReady(process, 30);
      Map<String, ProcessHandle> also = Map.of(RELAY, process.toHandle());
      ChatTraffic traffic = new ChatTraffic();
      List<Api.User> users = new ArrayList<>();
      for (int i = 0; i < 2 * pairs; i++) {
        long id = RELAY_FIRST_USER + i;
        users.add(new Api.User(id, "", "", Long.toString(id)));
      }
      try (WsClients ws = new WsClients(1)) {
        List<WsClients.Conn> conns =
            connect(
                ws,
                users,
                i ->
                    URI.create(
                        "ws://127.0.0.1:%d/ws?token=%s&deviceId=%s"
                            .formatted(port, users.get(i).token(), users.get(i).device())),
                traffic,
                "relay: connect");
        int capacity = conns.size() * perConnectionRate;
        int warmRate = Math.min(warmupRate, capacity);
        JitWarmup.Result w =
            JitWarmup.fromCold(
                "relay warm-up",
                last -> {
                  Measured m =
                      drive(
                          traffic, users, conns, warmRate, SETTLE_SECONDS, "relay warm-up ", also);
                  return CpuUse.cores(m.cpu(), CpuUse.JIT);
                });
        out.put("warmup", w.figures());
        out.put("steps", ramp(traffic, users, conns, "relay ", also, m -> {}));
        Integrity.Report report = finish(traffic, conns);
        out.put("integrity", Results.integrity(report));
        if (!report.ok()) {
          System.out.println(
              Progress.red("the relay's own integrity check failed: its figures are no floor"));
        }
      }
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    return out;
  }

  /** What one step of sending measured. */
  record Measured(
      List<double[]> throughput,
      double sendSeconds,
      double seconds,
      long sent,
      long refused,
      long delivered,
      Map<String, Object> latency,
      Map<String, Object> cpu) {}

  /**
   * Sends {@code rate} messages a second for {@code duration} seconds, round robin over the
   * senders, each to its pair, then waits (at most 30 s) for every expected delivery.
   */
  private Measured drive(
      ChatTraffic traffic,
      List<Api.User> users,
      List<WsClients.Conn> conns,
      int rate,
      int duration,
      String label,
      Map<String, ProcessHandle> also)
      throws InterruptedException {
    int senders = conns.size();
    traffic.arrival = new Latency();
    traffic.complete = new Latency();
    traffic.acked = new Latency();
    long delivered0 = traffic.deliveries.get();
    long sent0 = traffic.sent.get();
    long errors0 = traffic.errors.get();
    long total = (long) rate * duration;
    CpuUse cpu0 = CpuUse.mark(pidDir, also);
    long start = System.nanoTime();
    try (Progress p =
        new Progress(
            label + rate + " msg/s",
            total,
            traffic.arrival,
            () -> "sent " + (traffic.sent.get() - sent0) + " acked " + traffic.acks.get())) {
      traffic.progress = p;
      long k = 0;
      double interval = 1e9 / rate;
      while (k < total) {
        long due = (long) ((System.nanoTime() - start) / interval) + 1;
        while (k < Math.min(due, total)) {
          int s = (int) (k % senders);
          traffic.sendSingle(
              conns.get(s), users.get(s), users.get(s ^ 1), start + (long) (k * interval));
          k++;
        }
        LockSupport.parkNanos(500_000);
      }
      double sendSeconds = (System.nanoTime() - start) / 1e9;
      // drain: wait for every expected delivery, at most 30 s
      long drainStart = System.nanoTime();
      while (traffic.integrity.outstanding() > 0 && System.nanoTime() - drainStart < 30e9) {
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long delivered = traffic.deliveries.get() - delivered0;
      Map<String, Object> cpu = CpuUse.mark(pidDir, also).since(cpu0, delivered);
      traffic.progress = null;
      p.close();
      traffic.acked.tick();
      traffic.complete.tick();
      return new Measured(
          p.throughput(),
          sendSeconds,
          seconds,
          traffic.sent.get() - sent0,
          traffic.errors.get() - errors0,
          delivered,
          traffic.arrival.summary(),
          cpu);
    }
  }

  /** The step with the most delivered messages a second, whatever its latency. */
  static Map<String, Object> highest(List<Map<String, Object>> steps) {
    Map<String, Object> top = null;
    for (Map<String, Object> s : steps) {
      if (top == null
          || ((Number) s.get("deliveredPerSecond")).doubleValue()
              > ((Number) top.get("deliveredPerSecond")).doubleValue()) {
        top = s;
      }
    }
    return top;
  }

  /** The highest step whose p99 stayed under 1 s with everything delivered. */
  static Map<String, Object> best(List<Map<String, Object>> steps) {
    Map<String, Object> best = null;
    for (Map<String, Object> s : steps) {
      @SuppressWarnings("unchecked")
      Map<String, Object> lat = (Map<String, Object>) s.get("latency");
      if ((double) lat.get("p99Ms") <= 1_000
          && ((Number) s.get("outstandingAfterDrain")).longValue() == 0) {
        if (best == null
            || ((Number) s.get("deliveredPerSecond")).doubleValue()
                > ((Number) best.get("deliveredPerSecond")).doubleValue()) {
          best = s;
        }
      }
    }
    return best;
  }
}
