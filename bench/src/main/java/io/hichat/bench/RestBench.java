package io.hichat.bench;

import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Scenario 4: login, friend list, a chat history page and the conversation list, each by 64
 * concurrent clients (one request at a time each) through the local gateway.
 */
final class RestBench {

  private final Config config;
  private final int clients = Config.intEnv("BENCH_REST_CLIENTS", 64);
  private final int seconds = Config.intEnv("BENCH_REST_SECONDS", 10);
  private final int history = Config.intEnv("BENCH_REST_HISTORY", 30);

  RestBench(Config config) {
    this.config = config;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients + 8);
    try {
      Api api = new Api(config.gateway(), pool);
      List<Api.User> users;
      try (Progress p = new Progress("register users", clients)) {
        users = Api.parallel(clients, 16, i -> api.register("r" + i), p);
      }
      try (Progress p = new Progress("befriend (ring)", clients)) {
        Api.parallel(
            clients,
            16,
            i -> {
              api.befriend(users.get(i), users.get((i + 1) % clients));
              return null;
            },
            p);
      }
      ChatTraffic traffic = new ChatTraffic();
      try (WsClients ws = new WsClients(1)) {
        List<WsClients.Conn> conns = new ArrayList<>();
        List<CompletableFuture<WsClients.Conn>> fs = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          Api.User u = users.get(i);
          fs.add(
              ws.connect(
                  config.ws(i, u.token(), u.device()), u.device(), null, traffic::onText, true));
        }
        for (var f : fs) {
          conns.add(f.get());
        }
        try (Progress p = new Progress("history: messages", (long) clients * history)) {
          traffic.progress = p;
          for (int k = 0; k < history; k++) {
            for (int i = 0; i < clients; i++) {
              traffic.sendSingle(
                  conns.get(i), users.get(i), users.get((i + 1) % clients), System.nanoTime());
            }
            Thread.sleep(60); // under 30 messages a second per connection
          }
          long end = System.currentTimeMillis() + 30_000;
          while (traffic.integrity.outstanding() > 0 && System.currentTimeMillis() < end) {
            Thread.sleep(50);
          }
          traffic.progress = null;
        }
        conns.forEach(WsClients.Conn::close);
      }
      Map<String, IntFunction<Integer>> requests = new LinkedHashMap<>();
      requests.put("POST /api/v1/user/login", i -> api.login(users.get(i)).status());
      requests.put(
          "GET /v1/social/friends",
          i -> api.get("/v1/social/friends", users.get(i).token()).status());
      requests.put(
          "GET /v1/im/chatlog (20 messages)",
          i -> {
            Api.User u = users.get(i);
            Api.User peer = users.get((i + 1) % clients);
            return api.get(
                    "/v1/im/chatlog?conversationId="
                        + ConversationIds.single(u.id(), peer.id())
                        + "&count=20",
                    u.token())
                .status();
          });
      requests.put(
          "GET /v1/im/conversation",
          i -> api.get("/v1/im/conversation", users.get(i).token()).status());
      // the gateway compiles each request's code only when it first serves it, for minutes on a
      // slow machine: the four requests in turn until the JIT has settled, by the 1:1 rule
      double share = (double) JitWarmup.STEP_SECONDS / requests.size();
      JitWarmup.Result w =
          JitWarmup.fromCold(
              "rest warm-up",
              last ->
                  JitWarmup.jitCoresDuring(
                      Config.pidDir(),
                      () -> {
                        for (var r : requests.entrySet()) {
                          run(pool, r.getKey() + " (warm-up)", r.getValue(), share, null);
                        }
                      }));
      out.put("warmup", w.figures());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (var r : requests.entrySet()) {
        rows.add(measure(pool, r.getKey(), r.getValue()));
      }
      out.put("clients", clients);
      out.put("secondsPerRequest", seconds);
      out.put("historyMessagesPerConversation", history);
      out.put("requests", rows);
      out.put("integrity", Results.integrity(traffic.integrity.finish(1)));
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private Map<String, Object> measure(ExecutorService pool, String name, IntFunction<Integer> call)
      throws Exception {
    // 2 s of warm-up, then the measured window
    run(pool, name + " (warm-up)", call, 2, null);
    Latency latency = new Latency();
    long[] counts = run(pool, name, call, seconds, latency);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("request", name);
    m.put("requests", counts[0]);
    m.put("non200", counts[1]);
    m.put("perSecond", Latency.round(counts[0] / (counts[2] / 1e9)));
    m.put("latency", latency.summary());
    System.out.printf(
        "  => %s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, non-200 %d%n",
        name,
        counts[0] / (counts[2] / 1e9),
        latency.summary().get("p50Ms"),
        latency.summary().get("p99Ms"),
        counts[1]);
    return m;
  }

  private long[] run(
      ExecutorService pool, String name, IntFunction<Integer> call, double secs, Latency latency)
      throws Exception {
    AtomicLong ok = new AtomicLong();
    AtomicLong bad = new AtomicLong();
    Latency lat = latency == null ? new Latency() : latency;
    long start = System.nanoTime();
    long end = start + (long) (secs * 1e9);
    try (Progress p = new Progress(name, 0, lat, null)) {
      List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int k = c;
        fs.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                      status = call.apply(k);
                    } catch (RuntimeException e) {
                      status = -1;
                    }
                    lat.recordNanos(System.nanoTime() - t0);
                    (status == 200 ? ok : bad).incrementAndGet();
                    p.count();
                  }
                }));
      }
      for (var f : fs) {
        f.get();
      }
    }
    return new long[] {ok.get() + bad.get(), bad.get(), System.nanoTime() - start};
  }
}
