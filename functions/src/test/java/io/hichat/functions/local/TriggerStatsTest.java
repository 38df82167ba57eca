package io.hichat.functions.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TriggerStatsTest {

  static final long WINDOW = Duration.ofSeconds(10).toNanos();
  static final long MS = 1_000_000;

  @Test
  void line_fitsTheTimePerBatchAsAFixedPartPlusAPartPerRecord() {
    TriggerStats stats = new TriggerStats("chatPersist", WINDOW, 0);
    // 5 ms + 90 µs per record, exactly
    for (int n : new int[] {1, 20, 100, 500, 250}) {
      stats.add(n, 5 * MS + n * 90_000L, 10L * n);
    }

    String line = stats.lineIfDue(WINDOW).orElseThrow();

    assertThat(line)
        .isEqualTo(
            "chatPersist: 10.0 s, 5 batches, 871 records (87/s), busy 1 %, per batch 5.0 ms"
                + " + 90 µs per record, oldest record waited p50 1000 ms, max 5000 ms");
  }

  @Test
  void lineIfDue_beforeTheWindowEnds_isEmpty_andAQuietWindowSaysNothing() {
    TriggerStats stats = new TriggerStats("notifyPersist", WINDOW, 0);

    assertThat(stats.lineIfDue(WINDOW - 1)).isEmpty();
    assertThat(stats.lineIfDue(WINDOW)).as("no batch in the window").isEmpty();

    stats.add(3, 4 * MS, 2);
    assertThat(stats.lineIfDue(WINDOW + WINDOW / 2)).as("the next window has just begun").isEmpty();
    assertThat(stats.lineIfDue(2 * WINDOW))
        .hasValueSatisfying(
            l -> assertThat(l).startsWith("notifyPersist: 10.0 s, 1 batch, 3 records"));
    assertThat(stats.lineIfDue(3 * WINDOW)).as("counted once").isEmpty();
  }

  @Test
  void line_withBatchesOfOneSize_givesTheMeanPerBatch_andTheBusyShare() {
    TriggerStats stats = new TriggerStats("readReceipt", WINDOW, 0);
    for (int i = 0; i < 4; i++) {
      stats.add(10, 2_000 * MS, -1);
    }

    assertThat(stats.lineIfDue(WINDOW).orElseThrow())
        .isEqualTo(
            "readReceipt: 10.0 s, 4 batches, 40 records (4/s), busy 80 %, 2000.0 ms per batch");
  }

  @Test
  void line_whenTheLineWouldHaveANegativePart_givesTheMeanPerBatch() {
    TriggerStats stats = new TriggerStats("relationSync", WINDOW, 0);
    // a quick batch of two after slow ones of one: the least-squares line starts below zero
    stats.add(1, 20 * MS, -1);
    stats.add(1, 22 * MS, -1);
    stats.add(2, 2 * MS, -1);

    assertThat(stats.lineIfDue(WINDOW).orElseThrow()).endsWith("busy 0 %, 14.7 ms per batch");
  }

  @Test
  void line_waits_areThePercentilesOfEachBatchsOldestRecord() {
    TriggerStats stats = new TriggerStats("chatPersist", WINDOW, 0);
    long[] waits = {7, 3, 50, 1, 9};
    for (long w : waits) {
      stats.add(1, MS, w);
    }

    assertThat(stats.lineIfDue(WINDOW).orElseThrow())
        .endsWith("1.0 ms per batch, oldest record waited p50 7 ms, max 50 ms");
  }
}
