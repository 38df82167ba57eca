package io.hichat.functions.local;

import io.hichat.model.route.ConsumerCatalog;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;

/**
 * The schedules of the catalogue on one machine: each scheduled function on a fixed-delay timer.
 */
public final class LocalScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalScheduler.class);

  private final ScheduledExecutorService timer;

  private LocalScheduler(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  public static LocalScheduler start(BeanFactory beans, List<ConsumerCatalog.Schedule> schedules) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "local-scheduler");
              t.setDaemon(true);
              return t;
            });
    for (ConsumerCatalog.Schedule schedule : schedules) {
      long every = schedule.rate().toMillis();
      timer.scheduleWithFixedDelay(
          () -> {
            try {
              beans.getBean(schedule.function(), Supplier.class).get();
            } catch (RuntimeException e) {
              log.error("scheduled function {} failed", schedule.function(), e);
            }
          },
          every,
          every,
          TimeUnit.MILLISECONDS);
    }
    return new LocalScheduler(timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
