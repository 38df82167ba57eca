package io.hichat.functions.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SideCallsTest {

  private final SideCalls calls = new SideCalls();

  @AfterEach
  void stop() {
    calls.destroy();
  }

  @Test
  void join_givesTheAnswer_ofACallRunOnAnotherThread() {
    Thread caller = Thread.currentThread();
    SideCalls.Pending<Thread> pending = calls.start(Thread::currentThread);

    Thread ran = pending.join();

    assertThat(ran).isNotSameAs(caller);
    assertThat(ran.getName()).startsWith("side-call-");
    assertThat(ran.isDaemon()).isTrue();
  }

  @Test
  void join_throwsTheCallsOwnException() {
    IllegalStateException failure = new IllegalStateException("store down");
    SideCalls.Pending<Object> pending =
        calls.start(
            () -> {
              throw failure;
            });

    assertThatThrownBy(pending::join).isSameAs(failure);
  }

  @Test
  void await_waitsForAFailingCall_withoutThrowing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean ended = new AtomicBoolean();
    SideCalls.Pending<Object> pending =
        calls.start(
            () -> {
              waitFor(release);
              ended.set(true);
              throw new IllegalStateException("late failure");
            });

    Thread releaser = new Thread(release::countDown);
    releaser.start();
    pending.await();

    assertThat(ended).isTrue();
    releaser.join();
  }

  @Test
  void beyondItsThreads_aCallRunsOnTheCaller_insteadOfWaitingInAQueue() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<SideCalls.Pending<String>> busy = new ArrayList<>();
    for (int i = 0; i < SideCalls.THREADS; i++) {
      busy.add(
          calls.start(
              () -> {
                waitFor(release);
                return Thread.currentThread().getName();
              }));
    }
    Thread caller = Thread.currentThread();

    SideCalls.Pending<Thread> extra = calls.start(Thread::currentThread);

    assertThat(extra.join()).isSameAs(caller);
    release.countDown();
    for (SideCalls.Pending<String> p : busy) {
      assertThat(p.join()).startsWith("side-call-");
    }
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
