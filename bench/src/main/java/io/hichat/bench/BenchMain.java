package io.hichat.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./hichat bench [connections|one2one|fanout|rest|coldstart|all]}: runs the scenarios
 * against a stack the script started, checks integrity, prints a summary, writes
 * bench/results/*.json, the plots and the latest block of docs/BENCHMARKS.md. Exits 1 when a run's
 * integrity check failed (reported first, in red), 2 on a usage error.
 */
public final class BenchMain {

  static final List<String> ALL = List.of("one2one", "fanout", "rest", "coldstart", "connections");

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    // generator processes, the bare server and cold-start probes end with this process (Ctrl-C too)
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
    if (args.length > 0 && args[0].equals("render")) {
      render(Config.fromEnv(), List.of(args).subList(1, args.length));
      return;
    }
    List<String> scenarios = new ArrayList<>();
    for (String a : args) {
      if (a.equals("all")) {
        scenarios.addAll(ALL);
      } else if (ALL.contains(a)) {
        scenarios.add(a);
      } else {
        System.err.println("unknown scenario " + a + "; one of " + ALL + " or all");
        System.exit(2);
      }
    }
    if (scenarios.isEmpty()) {
      scenarios.add("one2one");
    }
    Config config;
    try {
      config = Config.fromEnv();
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    boolean failed = false;
    for (String s : scenarios) {
      System.out.println("== " + s + " ==");
      // read before the run: the load average at its start, the wake-up time with the stack idle
      Map<String, Object> machine = Results.machine();
      Map<String, Object> figures;
      try {
        figures = run(config, s);
      } catch (Exception | Error e) {
        // exit code 1 means an integrity failure; anything else that ends a run is 3
        e.printStackTrace();
        System.out.println(Progress.red(s + " did not finish: " + e));
        System.exit(3);
        return;
      }
      Map<String, Object> integrity = Results.map(figures.get("integrity"));
      if (integrity != null && !Boolean.TRUE.equals(integrity.get("ok"))) {
        failed = true;
        System.out.println(Progress.red("INTEGRITY FAILURE in " + s + ": " + integrity));
      } else if (integrity != null) {
        System.out.println(Progress.green("integrity ok: " + integrity));
      }
      Path json = Results.write(config, s, figures, machine);
      String md = Report.markdown(config, s, figures, json, machine);
      System.out.println(Report.summary(s, figures));
      Results.updateDocs(config, s, md);
      System.out.println("results: " + json + "; docs: " + config.docs().resolve("BENCHMARKS.md"));
    }
    System.exit(failed ? 1 : 0);
  }

  /**
   * Writes the docs block and plot of stored results files again, each with the machine, date and
   * revision it recorded (after a merge of docs/BENCHMARKS.md, or to show an older run).
   */
  static void render(Config config, List<String> files) throws Exception {
    if (files.isEmpty()) {
      System.err.println("usage: render <bench/results/…json>…");
      System.exit(2);
    }
    for (String name : files) {
      Path json = Path.of(name);
      Map<String, Object> doc = Results.map(Json.MAPPER.readValue(json.toFile(), Map.class));
      String scenario = (String) doc.get("scenario");
      if (scenario == null || !ALL.contains(scenario) || doc.get("figures") == null) {
        System.err.println(name + ": not a results file of " + ALL);
        System.exit(2);
      }
      String machine =
          Results.machineLine((String) doc.get("revision"), Results.map(doc.get("machine")));
      String md = Report.markdown(config, scenario, Results.map(doc.get("figures")), json, machine);
      Results.updateDocs(config, scenario, md);
      System.out.println("rendered " + name + " into " + config.docs().resolve("BENCHMARKS.md"));
    }
  }

  static Map<String, Object> run(Config config, String scenario) throws Exception {
    return switch (scenario) {
      case "one2one" -> new One2One(config).run();
      case "fanout" -> new Fanout(config).run();
      case "rest" -> new RestBench(config).run();
      case "coldstart" -> new ColdStart(config).run();
      case "connections" -> new Connections(config).run();
      default -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("skipped", "not implemented yet");
        yield m;
      }
    };
  }
}
