package io.hichat.functions.local;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What one consumer's trigger did over a window of time, for a log line: batches, records, the
 * share of the window spent in the function, and the time per invocation as a fixed part plus a
 * part per record (a least-squares line through every batch of the window; the mean per batch when
 * the batches are too few or too alike for a line, or the line has a negative part). Under load the
 * loop runs one batch after another, so at an offered rate R its cycle is about {@code fixed / (1 −
 * R × perRecord)}: the line says how close the consumer is to its limit and which part to shorten.
 *
 * <p>Also the wait of each batch's oldest record between its producer's timestamp and the poll that
 * returned it (on one machine the clocks agree). Not thread-safe: one per worker thread.
 */
final class TriggerStats {

  /** At most this many waits are kept per window for the percentiles; the counts stay exact. */
  static final int MAX_WAITS = 20_000;

  private final String function;
  private final long windowNanos;
  private long start;
  private int batches;
  private long records;
  private double sumT;
  private double sumNn;
  private double sumNt;
  private long[] waits = new long[256];
  private int waitCount;

  TriggerStats(String function, long windowNanos, long now) {
    this.function = function;
    this.windowNanos = windowNanos;
    this.start = now;
  }

  /**
   * @param n the batch's records
   * @param functionNanos the time the invocation took
   * @param oldestWaitMillis how long the batch's oldest record had waited when the poll returned
   *     it; negative when its records carry no timestamp
   */
  void add(int n, long functionNanos, long oldestWaitMillis) {
    batches++;
    records += n;
    double t = functionNanos / 1e6;
    sumT += t;
    sumNn += (double) n * n;
    sumNt += n * t;
    if (oldestWaitMillis >= 0 && waitCount < MAX_WAITS) {
      if (waitCount == waits.length) {
        waits = Arrays.copyOf(waits, Math.min(MAX_WAITS, waits.length * 2));
      }
      waits[waitCount++] = oldestWaitMillis;
    }
  }

  /**
   * The window's line once it has lasted its length and handled a batch, and a new window from
   * {@code now}; empty before that. A window without batches starts again quietly.
   */
  Optional<String> lineIfDue(long now) {
    long elapsed = now - start;
    if (elapsed < windowNanos) {
      return Optional.empty();
    }
    Optional<String> line = batches == 0 ? Optional.empty() : Optional.of(line(elapsed));
    reset(now);
    return line;
  }

  private String line(long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %.1f s, %d %s, %d %s (%.0f/s), busy %.0f %%, ",
                function,
                seconds,
                batches,
                batches == 1 ? "batch" : "batches",
                records,
                records == 1 ? "record" : "records",
                records / seconds,
                100.0 * sumT * 1e6 / elapsedNanos));
    double sumN = records;
    double denominator = batches * sumNn - sumN * sumN;
    double perRecord = Double.NaN;
    double fixed = Double.NaN;
    if (batches >= 3 && denominator > 1e-9 * batches * sumNn) {
      perRecord = (batches * sumNt - sumN * sumT) / denominator;
      fixed = (sumT - perRecord * sumN) / batches;
    }
    if (fixed >= 0 && perRecord >= 0) {
      s.append(
          String.format(
              Locale.ROOT, "per batch %.1f ms + %.0f µs per record", fixed, perRecord * 1000));
    } else {
      // too few or too scattered batches for a line (a negative part means nothing): the mean
      s.append(String.format(Locale.ROOT, "%.1f ms per batch", sumT / batches));
    }
    if (waitCount == 0) {
      return s.toString();
    }
    long[] sorted = Arrays.copyOf(waits, waitCount);
    Arrays.sort(sorted);
    s.append(
        String.format(
            Locale.ROOT,
            ", oldest record waited p50 %d ms, max %d ms",
            sorted[(sorted.length - 1) / 2],
            sorted[sorted.length - 1]));
    return s.toString();
  }

  private void reset(long now) {
    start = now;
    batches = 0;
    records = 0;
    sumT = sumNn = sumNt = 0;
    waitCount = 0;
  }
}
