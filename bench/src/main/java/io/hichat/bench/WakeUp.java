package io.hichat.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How long it takes on this machine for one thread to wake another and be woken back, measured with
 * the stack idle before a scenario runs. Every message of the realtime path crosses threads and
 * processes several times, so this round trip is part of the cost of each. It depends on the
 * machine more than its cores' speed suggests: on a virtual machine whose idle cores halt and are
 * woken through the host, such a hand-off took 80–100 µs between two cores against 4 µs with both
 * threads held on one (docs/BENCHMARKS.md, fifteenth pass). Results files record it beside the
 * cores and memory, so figures from two machines can be told apart.
 */
final class WakeUp {

  private WakeUp() {}

  /**
   * The median over {@code batches} batches of the mean round trip, in microseconds, of {@code
   * trips} hand-offs there and back between two threads that park while they wait.
   */
  static double roundTripMicros(int batches, int trips) {
    double[] means = new double[batches];
    for (int b = 0; b < batches; b++) {
      means[b] = batchMicros(trips);
    }
    Arrays.sort(means);
    return Latency.round(means[batches / 2]);
  }

  private static double batchMicros(int trips) {
    // odd: the echo thread's turn to answer trip (turn + 1) / 2; even: the caller's
    AtomicLong turn = new AtomicLong();
    Thread caller = Thread.currentThread();
    Thread echo =
        new Thread(
            () -> {
              for (long i = 0; i < trips; i++) {
                while (turn.get() != 2 * i + 1) {
                  LockSupport.park(turn);
                }
                turn.set(2 * i + 2);
                LockSupport.unpark(caller);
              }
            },
            "wake-up-echo");
    echo.setDaemon(true);
    echo.start();
    long start = System.nanoTime();
    for (long i = 0; i < trips; i++) {
      turn.set(2 * i + 1);
      LockSupport.unpark(echo);
      while (turn.get() != 2 * i + 2) {
        LockSupport.park(turn);
      }
    }
    double micros = (System.nanoTime() - start) / 1e3 / trips;
    try {
      echo.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return micros;
  }
}
