package io.hichat.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latencies in microseconds: one histogram for the whole window plus one per second, so a run can
 * report percentiles overall and draw them over time. Thread-safe recording (HdrHistogram's {@link
 * Recorder}); {@link #tick} is called once a second by the progress thread.
 */
final class Latency {

  static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

  private final Recorder recorder = new Recorder(MAX_MICROS, 3);
  private final Histogram total = new Histogram(MAX_MICROS, 3);
  private final List<Second> seconds = new ArrayList<>();
  private Histogram interval;
  private final long startNanos = System.nanoTime();

  /** One second of the run: when (seconds since start), how many, and its percentiles (ms). */
  record Second(double at, long count, double p50, double p99, double max) {}

  void recordMicros(long micros) {
    recorder.recordValue(Math.max(0, Math.min(micros, MAX_MICROS)));
  }

  void recordNanos(long nanos) {
    recordMicros(nanos / 1_000);
  }

  /** Closes the current second; returns its histogram (for the progress line). */
  synchronized Histogram tick() {
    interval = recorder.getIntervalHistogram(interval);
    total.add(interval);
    double at = (System.nanoTime() - startNanos) / 1e9;
    seconds.add(
        new Second(
            at,
            interval.getTotalCount(),
            ms(interval.getValueAtPercentile(50)),
            ms(interval.getValueAtPercentile(99)),
            ms(interval.getMaxValue())));
    return interval;
  }

  synchronized Histogram total() {
    return total;
  }

  synchronized List<Second> seconds() {
    return List.copyOf(seconds);
  }

  /** The standard percentiles of everything recorded so far, in milliseconds. */
  synchronized Map<String, Object> summary() {
    return summary(total);
  }

  static Map<String, Object> summary(Histogram h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", h.getTotalCount());
    m.put("p50Ms", ms(h.getValueAtPercentile(50)));
    m.put("p90Ms", ms(h.getValueAtPercentile(90)));
    m.put("p99Ms", ms(h.getValueAtPercentile(99)));
    m.put("p999Ms", ms(h.getValueAtPercentile(99.9)));
    m.put("maxMs", ms(h.getMaxValue()));
    m.put("meanMs", round(h.getMean() / 1_000.0));
    return m;
  }

  static double ms(long micros) {
    return round(micros / 1_000.0);
  }

  static double round(double v) {
    return Math.round(v * 1_000.0) / 1_000.0;
  }
}
