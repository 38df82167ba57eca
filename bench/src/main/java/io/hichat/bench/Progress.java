package io.hichat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Prints one line a second while a phase runs: phase, elapsed, count and rate so far, and the last
 * second's latency when the phase has one. Also closes each second of the phase's {@link Latency}
 * and keeps a throughput series (count per second) for the plots.
 */
final class Progress implements AutoCloseable {

  static final boolean COLOR =
      System.console() != null || System.getenv("HICHAT_BENCH_COLOR") != null;

  private final String phase;
  private final long total;
  private final AtomicLong count = new AtomicLong();
  private final long start = System.nanoTime();
  private final Thread thread;
  private final Latency latency;
  private final Supplier<String> extra;
  private final List<double[]> throughput = new ArrayList<>(); // {seconds, per second}
  private volatile boolean running = true;

  Progress(String phase, long total, Latency latency, Supplier<String> extra) {
    this.phase = phase;
    this.total = total;
    this.latency = latency;
    this.extra = extra;
    thread = new Thread(this::loop, "progress");
    thread.setDaemon(true);
    thread.start();
  }

  Progress(String phase, long total) {
    this(phase, total, null, null);
  }

  void count() {
    count.incrementAndGet();
  }

  void add(long n) {
    count.addAndGet(n);
  }

  long counted() {
    return count.get();
  }

  double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }

  List<double[]> throughput() {
    synchronized (throughput) {
      return List.copyOf(throughput);
    }
  }

  private void loop() {
    long last = 0;
    long next = start + 1_000_000_000L;
    while (running) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
          return;
        }
      }
      if (!running) {
        return;
      }
      next += 1_000_000_000L;
      long now = count.get();
      double t = elapsed();
      synchronized (throughput) {
        throughput.add(new double[] {t, now - last});
      }
      last = now;
      String lat = "";
      if (latency != null) {
        Histogram h = latency.tick();
        if (h.getTotalCount() > 0) {
          lat =
              String.format(
                  Locale.ROOT,
                  "  last 1 s: p50 %.1f ms p99 %.1f ms",
                  h.getValueAtPercentile(50) / 1e3,
                  h.getValueAtPercentile(99) / 1e3);
        }
      }
      String of = total > 0 ? "/" + total : "";
      String more = extra == null ? "" : "  " + extra.get();
      System.out.printf(
          Locale.ROOT,
          "  [%s] %6.1fs  %d%s  %.0f/s%s%s%n",
          phase,
          t,
          now,
          of,
          now / Math.max(t, 1e-3),
          lat,
          more);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (latency != null) {
      latency.tick();
    }
  }

  static String red(String s) {
    return COLOR ? "\u001b[1;31m" + s + "\u001b[0m" : s;
  }

  static String green(String s) {
    return COLOR ? "\u001b[32m" + s + "\u001b[0m" : s;
  }
}
