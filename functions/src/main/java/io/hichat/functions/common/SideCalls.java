package io.hichat.functions.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a store call beside the caller's own, so that two independent round trips (a MySQL read and
 * a MongoDB read of the same batch) take the time of the longer one instead of both. The caller
 * always waits for the answer before it returns, so nothing outlives an invocation (Lambda freezes
 * the sandbox after it). At most {@link #THREADS} calls run aside at once; beyond that a call runs
 * on the caller's thread. Threads start on first use, not in a SnapStart snapshot.
 */
@Component
public class SideCalls implements DisposableBean {

  static final int THREADS = 4;

  private final ThreadPoolExecutor pool;

  public SideCalls() {
    AtomicInteger count = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            0,
            THREADS,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "side-call-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Starts {@code call} aside; {@link Pending#join} gives its answer or throws what it threw. */
  public <T> Pending<T> start(Supplier<T> call) {
    return new Pending<>(CompletableFuture.supplyAsync(call, pool));
  }

  /** A call started aside. */
  public static final class Pending<T> {
    private final CompletableFuture<T> future;

    private Pending(CompletableFuture<T> future) {
      this.future = future;
    }

    /** Waits for the answer; a failure of the call is thrown here as it was thrown there. */
    public T join() {
      try {
        return future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }

    /** Waits until the call has ended, whatever its outcome (the caller is failing already). */
    public void await() {
      future.handle((value, failure) -> null).join();
    }
  }

  @Override
  public void destroy() {
    pool.shutdown();
  }
}
