package io.hichat.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario 2: pairs of online friends send at fixed offered rates through the whole path (WebSocket
 * → Kafka → chatPersist → MongoDB → delivery channel → WebSocket), one step per rate, until p99
 * passes 1 s. The limit: raw Kafka produce → consume of the same records on the same broker.
 */
final class One2One {

  private final Config config;
  private final int pairs = Config.intEnv("BENCH_PAIRS", 200);
  private final List<Integer> rates =
      Config.intsEnv("BENCH_RATES", "250,500,1000,2000,4000,6000,8000,10000");
  private final int stepSeconds = Config.intEnv("BENCH_STEP_SECONDS", 15);
  private final int warmupSeconds = Config.intEnv("BENCH_WARMUP_SECONDS", 20);

  /** The warm-up goes on, a step of {@link #SETTLE_SECONDS} at a time, up to this in all... */
  private final int warmupMaxSeconds = Config.intEnv("BENCH_WARMUP_MAX_SECONDS", 240);

  /** ...while the JIT compilers use more than this percentage of one core. */
  private final int jitSettledPercent = Config.intEnv("BENCH_WARMUP_JIT_PERCENT", 5);

  static final int SETTLE_SECONDS = 10;
  private final int perConnectionRate = 25; // under the connector's 30/s per connection
  private final Path pidDir = Path.of(Config.env("HICHAT_BENCH_PIDS", ".hichat/bench/pids"));

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
    try (WsClients ws = new WsClients(1)) {
      List<WsClients.Conn> conns = new ArrayList<>();
      try (Progress p = new Progress("connect", users.size())) {
        List<CompletableFuture<WsClients.Conn>> fs = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
          Api.User u = users.get(i);
          // both users of a pair on the same connector when there are several: i / 2
          fs.add(
              ws.connect(
                      config.ws(i / 2, u.token(), u.device()),
                      u.device(),
                      null,
                      traffic::onText,
                      true)
                  .whenComplete((c, e) -> p.count()));
        }
        for (var f : fs) {
          conns.add(f.get());
        }
      }
      int senders = conns.size();
      List<Map<String, Object>> steps = new ArrayList<>();
      Latency overall = new Latency();
      List<double[]> series = new ArrayList<>();
      double offset = 0;
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
        Measured m = drive(traffic, users, conns, rate, warmupSeconds, "1:1 warm-up ");
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
                jitSettledPercent / 100.0,
                warmupMaxSeconds,
                SETTLE_SECONDS,
                last -> {
                  System.out.printf(
                      "  the JIT compilers used %.2f cores in the last warm-up step: warming up on%n",
                      last);
                  Measured m =
                      drive(traffic, users, conns, rate, SETTLE_SECONDS, "1:1 warm-up (JIT) ");
                  return CpuUse.cores(m.cpu(), CpuUse.JIT);
                });
        System.out.println(w.line("warm-up"));
        out.put("warmup", w.figures());
      }
      for (int rate : rates) {
        if (rate > capacity) {
          System.out.printf(
              "  skipping %d msg/s: %d senders at %d/s each%n", rate, senders, perConnectionRate);
          continue;
        }
        Measured m = drive(traffic, users, conns, rate, stepSeconds, "1:1 ");
        for (double[] t : m.throughput()) {
          series.add(new double[] {offset + t[0], t[1]});
        }
        for (Latency.Second s : traffic.arrival.seconds()) {
          seconds.add(new Latency.Second(offset + s.at(), s.count(), s.p50(), s.p99(), s.max()));
        }
        offset += m.seconds() + 1;
        overall.total().add(traffic.arrival.total());
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
        steps.add(step);
        double p99 = (double) m.latency().get("p99Ms");
        System.out.printf(
            "  => %d msg/s offered: %.0f delivered/s, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%n",
            rate,
            m.delivered() / m.seconds(),
            m.latency().get("p50Ms"),
            p99,
            m.latency().get("p999Ms"));
        if (p99 > 1_000 || traffic.integrity.outstanding() > 0) {
          System.out.println("  p99 passed 1 s (or deliveries still missing): stopping the ramp");
          break;
        }
      }
      Integrity.Report report = traffic.integrity.finish(1);
      for (WsClients.Conn c : conns) {
        c.close();
      }
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
      RawKafka raw = new RawKafka(config.kafka());
      if (warmupSeconds > 0 && !steps.isEmpty()) {
        // the generator's Kafka clients compile their hot code only now (a third to a half of a
        // core for minutes on a slow machine), and a raw step measured meanwhile understates the
        // limit: raw Kafka warms up by the same rule, at the highest measured rate
        int rate = (int) steps.get(steps.size() - 1).get("offeredPerSecond");
        JitWarmup.Result w =
            JitWarmup.settle(
                0,
                Double.POSITIVE_INFINITY,
                jitSettledPercent / 100.0,
                warmupMaxSeconds,
                SETTLE_SECONDS,
                last -> {
                  CpuUse before = CpuUse.mark(pidDir);
                  raw.run(rate, (long) rate * SETTLE_SECONDS, ChatTraffic.frameSize(), "warm-up ");
                  return CpuUse.cores(CpuUse.mark(pidDir).since(before, 0), CpuUse.JIT);
                });
        System.out.println(w.line("raw kafka warm-up"));
        out.put("rawWarmup", w.figures());
      }
      List<Map<String, Object>> rawSteps = new ArrayList<>();
      for (Map<String, Object> step : steps) {
        int rate = (int) step.get("offeredPerSecond");
        rawSteps.add(raw.run(rate, (long) rate * stepSeconds, ChatTraffic.frameSize()));
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
      return out;
    }
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
      String label)
      throws InterruptedException {
    int senders = conns.size();
    traffic.arrival = new Latency();
    traffic.complete = new Latency();
    traffic.acked = new Latency();
    long delivered0 = traffic.deliveries.get();
    long sent0 = traffic.sent.get();
    long errors0 = traffic.errors.get();
    long total = (long) rate * duration;
    CpuUse cpu0 = CpuUse.mark(pidDir);
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
      Map<String, Object> cpu = CpuUse.mark(pidDir).since(cpu0, delivered);
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
