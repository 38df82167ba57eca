package io.hichat.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Markdown block and the console summary of each scenario, and its plot. */
final class Report {

  private Report() {}

  static String markdown(Config config, String scenario, Map<String, Object> f, Path json)
      throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(title(scenario)).append("\n\n");
    md.append(Results.machineLine(config.revision()))
        .append(" Results: `")
        .append(config.results().resolve(json.getFileName()).toString().replace('\\', '/'))
        .append("`.\n\n");
    switch (scenario) {
      case "one2one" -> one2one(config, f, md);
      case "fanout" -> fanout(config, f, md);
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
        "%s pairs of online friends (%s connections on %s connector(s)), %s-byte `chat.user` frames, %s s per offered rate; latency from the scheduled send to the receiver's socket.\n\n"
            .formatted(
                f.get("pairs"),
                f.get("connections"),
                f.get("connectors"),
                f.get("frameBytes"),
                f.get("stepSeconds")));
    md.append(
        "| offered msg/s | delivered msg/s | p50 | p99 | p99.9 | max | ack p99 | raw Kafka rec/s | raw p99 |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    List<Map<String, Object>> steps = Results.list(f.get("steps"));
    List<Map<String, Object>> raw = Results.list(f.get("rawKafkaSteps"));
    for (int i = 0; i < steps.size(); i++) {
      Map<String, Object> s = steps.get(i);
      Map<String, Object> l = Results.map(s.get("latency"));
      Map<String, Object> a = Results.map(s.get("ackLatency"));
      Map<String, Object> r = i < raw.size() ? raw.get(i) : null;
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
        "Limit: raw Kafka unthrottled, %s records of the same size: **%s records/s** (p99 %s ms). "
            .formatted(
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
    md.append("\nIntegrity: ").append(integrityLine(f)).append("\n\n");
    Path png = config.docs().resolve("bench/one2one.png");
    Charts.overTime(
        png,
        "1:1 — end-to-end latency and delivered messages per second",
        (List<Latency.Second>) f.get("_latencySeries"),
        "latency per second (ms)",
        (List<double[]>) f.get("_throughputSeries"),
        "delivered msg/s");
    md.append("![1:1 latency and throughput](bench/one2one.png)\n");
  }

  @SuppressWarnings("unchecked")
  static void fanout(Config config, Map<String, Object> f, StringBuilder md) throws Exception {
    md.append(
        ("A group of %s members, %s of them online (registered and joined through the API; the"
                + " other %s seeded in MySQL as member rows of users who never connect), %s"
                + " connector(s); one sender sends %s messages one after the other, each when the"
                + " previous one reached every online member. Push frames are %s bytes.\n\n")
            .formatted(
                Results.fmt(f.get("members")),
                Results.fmt(f.get("online")),
                Results.fmt(
                    ((Number) f.get("members")).longValue()
                        - ((Number) f.get("online")).longValue()
                        - 1),
                f.get("connectors"),
                f.get("messages"),
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
    List<Latency.Second> series = (List<Latency.Second>) f.get("_latencySeries");
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

  static String summary(String scenario, Map<String, Object> f) {
    StringBuilder sb = new StringBuilder("\nsummary: " + scenario + "\n");
    if (scenario.equals("one2one") && f.get("steps") != null) {
      sb.append(
          String.format(
              "%12s %12s %10s %10s %10s%n",
              "offered/s", "delivered/s", "p50 ms", "p99 ms", "p99.9 ms"));
      for (Map<String, Object> s : Results.list(f.get("steps"))) {
        Map<String, Object> l = Results.map(s.get("latency"));
        sb.append(
            String.format(
                "%12s %12s %10s %10s %10s%n",
                s.get("offeredPerSecond"),
                s.get("deliveredPerSecond"),
                l.get("p50Ms"),
                l.get("p99Ms"),
                l.get("p999Ms")));
      }
      sb.append("raw kafka unthrottled: ")
          .append(Results.map(f.get("rawKafkaUnthrottled")).get("deliveredPerSecond"))
          .append(" rec/s; ratio ")
          .append(f.get("ratio"))
          .append("\n");
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
