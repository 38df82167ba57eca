package io.hichat.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Results files (bench/results/*.json) and the "latest" section of docs/BENCHMARKS.md. */
final class Results {

  private Results() {}

  static Map<String, Object> integrity(Integrity.Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", r.ok());
    m.put("expected", r.expected());
    m.put("delivered", r.delivered());
    m.put("missing", r.missing());
    m.put("unexpected", r.unexpected());
    m.put("duplicates", r.duplicates());
    m.put("outOfOrder", r.outOfOrder());
    m.put("gaps", r.gaps());
    m.put("resends", r.resends());
    m.put("examples", r.examples());
    return m;
  }

  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memoryGiB", memoryGiB());
    m.put("cpu", firstLine("/proc/cpuinfo", "model name"));
    m.put(
        "java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    m.put("wakeUpRoundTripMicros", WakeUp.roundTripMicros(5, 2_000));
    // the generator's and the bare Netty servers' sockets (the connectors log theirs at start)
    m.put("generatorSockets", Sockets.name());
    m.put(
        "note",
        "engines (MariaDB, Redis, Kafka, the MongoDB-compatible server), HiChat (gateway with the"
            + " consumers, connectors) and this generator all run on this one machine");
    return m;
  }

  static double memoryGiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Math.round(kb / 1024.0 / 1024.0 * 10) / 10.0;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024);
  }

  static String firstLine(String file, String prefix) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(prefix)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "";
  }

  /** Writes bench/results/<stamp>-<scenario>.json and returns its path. */
  static Path write(
      Config config, String scenario, Map<String, Object> figures, Map<String, Object> machine)
      throws IOException {
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("scenario", scenario);
    doc.put("date", Instant.now().toString());
    doc.put("revision", config.revision());
    doc.put("machine", machine);
    doc.put("figures", figures);
    Files.createDirectories(config.results());
    Path file = config.results().resolve(stamp + "-" + scenario + ".json");
    Files.writeString(
        file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
    return file;
  }

  /**
   * Replaces the text between {@code <!-- bench:NAME:start -->} and {@code <!-- bench:NAME:end -->}
   * in the file, or appends a new marked block when there is none.
   */
  static String replaceBlock(String doc, String name, String body) {
    String start = "<!-- bench:" + name + ":start -->";
    String end = "<!-- bench:" + name + ":end -->";
    int a = doc.indexOf(start);
    int b = doc.indexOf(end);
    String block = start + "\n" + body.strip() + "\n" + end;
    if (a < 0 || b < a) {
      return doc.stripTrailing() + "\n\n" + block + "\n";
    }
    return doc.substring(0, a) + block + doc.substring(b + end.length());
  }

  static void updateDocs(Config config, String scenario, String markdown) throws IOException {
    Path file = config.docs().resolve("BENCHMARKS.md");
    String doc = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
    if (!doc.contains("<!-- bench:latest:start -->")) {
      doc =
          replaceBlock(
              doc,
              "latest",
              "## Latest `./hichat bench` results\n\n"
                  + "Written by `./hichat bench`; each scenario's block is replaced when it runs"
                  + " again. Every figure comes from one machine running the engines, HiChat and"
                  + " the load generator together; the load average at the start shows what"
                  + " else was running.\n");
    }
    // scenario blocks live inside the latest section, before its end marker
    String start = "<!-- bench:" + scenario + ":start -->";
    if (!doc.contains(start)) {
      String end = "<!-- bench:latest:end -->";
      int at = doc.indexOf(end);
      String empty = start + "\n<!-- bench:" + scenario + ":end -->\n";
      doc = doc.substring(0, at) + empty + doc.substring(at);
    }
    doc = replaceBlock(doc, scenario, markdown);
    Files.writeString(file, doc);
  }

  /** The machine line of a run: this machine now, or the one a results file recorded. */
  static String machineLine(String revision, Map<String, Object> m) {
    Object wake =
        m.get("wakeUpRoundTripMicros"); // not in results files from before it was measured
    return "Machine: %s cores (%s), %s GiB, %s; revision `%s`; load average %.1f at the start%s. %s."
        .formatted(
            m.get("cores"),
            m.get("cpu"),
            m.get("memoryGiB"),
            m.get("java"),
            revision,
            ((Number) m.get("loadAverage")).doubleValue(),
            wake == null
                ? ""
                : "; a thread wakes another and is woken back in %s µs".formatted(fmt(wake)),
            "Engines, HiChat and the generator on this one machine");
  }

  static String fmt(Object v) {
    if (v instanceof Double d) {
      if (d >= 100) {
        return String.format("%,.0f", d);
      }
      return String.format("%.1f", d);
    }
    if (v instanceof Number n) {
      return String.format("%,d", n.longValue());
    }
    return String.valueOf(v);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }
}
