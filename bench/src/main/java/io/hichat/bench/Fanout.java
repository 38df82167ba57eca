package io.hichat.bench;

import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 3: one sender, a group of 10,000 members of whom 2,000 are online; the time until the
 * last online member has each of 100 messages (sent one after the other). The limit: the same
 * number of frames of the same size pushed by a bare Netty WebSocket server to the same number of
 * connections of this generator.
 */
final class Fanout {

  private final Config config;
  private final int members = Config.intEnv("BENCH_FANOUT_MEMBERS", 10_000);
  private final int online = Config.intEnv("BENCH_FANOUT_ONLINE", 2_000);
  private final int messages = Config.intEnv("BENCH_FANOUT_MESSAGES", 100);

  Fanout(Config config) {
    this.config = config;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    ChatTraffic traffic = new ChatTraffic();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Api.User> users;
    Api.User owner;
    long group;
    long setupStart = System.nanoTime();
    try {
      Api api = new Api(config.gateway(), pool);
      try (Progress p = new Progress("register online members", online + 1)) {
        users = Api.parallel(online + 1, 16, i -> api.register("f" + i), p);
      }
      owner = users.get(0);
      group = api.createGroup(owner, "bench fan-out");
      int offline = members - online - 1;
      try (Progress p = new Progress("seed offline members (SQL)", offline)) {
        seedOffline(group, offline, p);
      }
      try (Progress p = new Progress("online members join", online)) {
        Api.parallel(
            online,
            16,
            i -> {
              api.join(users.get(i + 1), group);
              return null;
            },
            p);
      }
    } finally {
      pool.shutdown();
    }
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    String conv = ConversationIds.group(group);
    List<String> receivers = new ArrayList<>();
    for (int i = 1; i < users.size(); i++) {
      receivers.add(users.get(i).device());
    }
    try (WsClients ws = new WsClients(1)) {
      List<WsClients.Conn> conns = new ArrayList<>();
      AtomicReference<CountDownLatch> done = new AtomicReference<>();
      AtomicInteger lastPushBytes = new AtomicInteger();
      try (Progress p = new Progress("connect", users.size())) {
        List<CompletableFuture<WsClients.Conn>> fs = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
          Api.User u = users.get(i);
          fs.add(
              ws.connect(
                      config.ws(i, u.token(), u.device()),
                      u.device(),
                      null,
                      (c, text) -> {
                        traffic.onText(c, text);
                        if (text.contains("\"contentType\":0")) {
                          lastPushBytes.set(text.length());
                        }
                      },
                      true)
                  .whenComplete((c, e) -> p.count()));
        }
        for (var f : fs) {
          conns.add(f.get());
        }
      }
      WsClients.Conn sender = conns.get(0);
      // warm-up: the member cache and the presence lookups fill with the first messages, and the
      // JIT of every process on the path settles by the rule (on a machine where that takes
      // minutes, the first messages to a freshly started stack took 0.3–0.6 s against 0.1–0.2 s
      // a few seconds later, and would have been the p99 of 100)
      JitWarmup.Result w =
          JitWarmup.fromCold(
              "fan-out warm-up",
              last ->
                  JitWarmup.jitCoresDuring(
                      Config.pidDir(),
                      () -> {
                        long end = System.nanoTime() + JitWarmup.STEP_SECONDS * 1_000_000_000L;
                        try (Progress p =
                            new Progress("fan-out warm-up", 0, traffic.complete, null)) {
                          while (System.nanoTime() < end) {
                            long target = traffic.completed.get() + 1;
                            traffic.send(
                                sender,
                                ChatTypes.GROUP,
                                Long.toString(group),
                                conv,
                                receivers,
                                System.nanoTime());
                            if (!waitComplete(traffic, target, 30_000)) {
                              throw new IllegalStateException(
                                  "a warm-up message did not reach every online member in 30 s");
                            }
                            p.count();
                          }
                        }
                      }));
      out.put("warmup", w.figures());
      traffic.complete = new Latency();
      traffic.arrival = new Latency();
      long completed0 = traffic.completed.get();
      long start = System.nanoTime();
      try (Progress p = new Progress("fan-out", (long) messages * online, traffic.complete, null)) {
        traffic.progress = p;
        for (int i = 0; i < messages; i++) {
          traffic.send(
              sender, ChatTypes.GROUP, Long.toString(group), conv, receivers, System.nanoTime());
          if (!waitComplete(traffic, completed0 + i + 1, 30_000)) {
            System.out.println("  message " + i + " did not reach every online member in 30 s");
            break;
          }
        }
        traffic.progress = null;
      }
      traffic.arrival.tick();
      double seconds = (System.nanoTime() - start) / 1e9;
      Integrity.Report report = traffic.integrity.finish(1);
      for (WsClients.Conn c : conns) {
        c.close();
      }
      out.put("members", members);
      out.put("online", online);
      out.put("messages", messages);
      out.put("connectors", config.connectors().size());
      out.put("setupSeconds", Latency.round(setupSeconds));
      out.put("pushFrameBytes", lastPushBytes.get());
      out.put("seconds", Latency.round(seconds));
      out.put("framesPerSecond", Latency.round((double) messages * online / seconds));
      out.put("lastMember", traffic.complete.summary());
      out.put("everyMember", traffic.arrival.summary());
      out.put("integrity", Results.integrity(report));
      out.put("errors", Map.copyOf(traffic.errorSamples));
      out.put("_latencySeries", traffic.complete.seconds());
      Map<String, Object> bare = bare(online, messages, Math.max(lastPushBytes.get(), 300));
      out.put("bareNetty", bare);
      out.put(
          "ratioP99",
          Latency.round(
              (double) Results.map(bare.get("lastMember")).get("p99Ms")
                  / (double) traffic.complete.summary().get("p99Ms")));
      return out;
    }
  }

  private static boolean waitComplete(ChatTraffic traffic, long target, long timeoutMs)
      throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMs;
    while (traffic.completed.get() < target) {
      if (System.currentTimeMillis() > end) {
        return false;
      }
      Thread.sleep(0, 200_000);
    }
    return true;
  }

  /** Offline members straight into MySQL (a user row each, no password that logs in). */
  private void seedOffline(long group, int n, Progress p) throws Exception {
    if (n <= 0) {
      return;
    }
    try (Connection db =
        DriverManager.getConnection(
            config.mysqlUrl() + "&rewriteBatchedStatements=true",
            config.mysqlUser(),
            config.mysqlPassword())) {
      db.setAutoCommit(false);
      long base = System.currentTimeMillis() % 1_000_000_000L * 10;
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement u =
          db.prepareStatement(
              "INSERT INTO users (nickname, phone, password) VALUES (?, ?, '-')",
              Statement.RETURN_GENERATED_KEYS)) {
        for (int i = 0; i < n; i++) {
          u.setString(1, "offline" + i);
          u.setString(2, "2" + (base + i));
          u.addBatch();
        }
        u.executeBatch();
        try (ResultSet keys = u.getGeneratedKeys()) {
          while (keys.next()) {
            ids.add(keys.getLong(1));
          }
        }
      }
      try (PreparedStatement m =
          db.prepareStatement(
              "INSERT INTO group_members (group_id, user_id, role_level, join_source) VALUES (?, ?, 0, 1)")) {
        for (long id : ids) {
          m.setLong(1, group);
          m.setLong(2, id);
          m.addBatch();
          p.count();
        }
        m.executeBatch();
      }
      try (PreparedStatement g =
          db.prepareStatement(
              "UPDATE `groups` SET member_limit = ?, member_count = member_count + ? WHERE id = ?")) {
        g.setInt(1, members + 100);
        g.setInt(2, ids.size());
        g.setLong(3, group);
        g.executeUpdate();
      }
      db.commit();
    }
  }

  /** The same frames through a bare Netty server to the same number of this process's sockets. */
  static Map<String, Object> bare(int online, int messages, int frameBytes) throws Exception {
    int port = Config.intEnv("BENCH_BARE_PORT", 8590);
    Latency last = new Latency();
    AtomicInteger arrived = new AtomicInteger();
    AtomicReference<CountDownLatch> done = new AtomicReference<>(new CountDownLatch(online));
    long[] t0 = new long[1];
    String pad = "y".repeat(Math.max(0, frameBytes - 40));
    try (BareWsServer server = new BareWsServer("127.0.0.1", port, 1);
        WsClients ws = new WsClients(1)) {
      List<CompletableFuture<WsClients.Conn>> fs = new ArrayList<>();
      try (Progress p = new Progress("bare netty: connect", online)) {
        for (int i = 0; i < online; i++) {
          fs.add(
              ws.connect(
                      java.net.URI.create("ws://127.0.0.1:" + port + "/ws"),
                      "bare" + i,
                      null,
                      (c, text) -> {
                        arrived.incrementAndGet();
                        done.get().countDown();
                      },
                      false)
                  .whenComplete((c, e) -> p.count()));
        }
        for (var f : fs) {
          f.get();
        }
      }
      while (server.connections() < online) {
        Thread.sleep(10);
      }
      try (Progress p = new Progress("bare netty: push", (long) messages * online, last, null)) {
        for (int i = -3; i < messages; i++) {
          CountDownLatch latch = new CountDownLatch(online);
          done.set(latch);
          t0[0] = System.nanoTime();
          server.broadcast(
              "{\"id\":\"" + i + "\",\"frameType\":0,\"method\":\"\",\"data\":\"" + pad + "\"}");
          latch.await();
          if (i >= 0) {
            last.recordNanos(System.nanoTime() - t0[0]);
            p.add(online);
          }
        }
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("connections", online);
    m.put("frameBytes", frameBytes);
    m.put("lastMember", last.summary());
    System.out.printf(
        "  => bare netty: last member p50 %.1f ms, p99 %.1f ms%n",
        last.summary().get("p50Ms"), last.summary().get("p99Ms"));
    return m;
  }
}
