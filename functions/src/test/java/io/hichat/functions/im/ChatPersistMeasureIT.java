package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.im.domain.ChatPersister;
import io.hichat.functions.support.Online;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a test: how long {@code chatPersist}'s work takes for one batch of 1:1
 * messages (check, store, member and conversation writes, pushes), by batch size, with every user
 * online on one connector — the per-batch cost that sets the 1:1 path's latency under load. Skipped
 * unless {@code -Dhichat.measure=true}; run with {@code ./hichat test -pl shared-model,functions
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ChatPersistMeasureIT
 * -Dhichat.measure=true}. The figures go to docs/BENCHMARKS.md.
 */
@EnabledIfSystemProperty(named = "hichat.measure", matches = "true")
class ChatPersistMeasureIT {

  static final int PAIRS = 50;
  static final int ROUNDS = 40;

  @Test
  void oneToOneBatches_bySize() throws Exception {
    List<TestUser[]> pairs = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      TestUser a = user("ma" + i);
      TestUser b = user("mb" + i);
      befriend(a, b);
      pairs.add(new TestUser[] {a, b});
    }
    try (Online online = new Online()) {
      for (TestUser[] pair : pairs) {
        online.connect(pair[0].id()).connect(pair[1].id());
      }
      ChatPersister persister = STACK.bean(ChatPersister.class);
      long[] sent = new long[PAIRS];
      // a warm-up round of each size first, then the measured rounds
      for (int size : new int[] {1, 20, 100, 500}) {
        long[] micros = new long[ROUNDS];
        for (int round = -5; round < ROUNDS; round++) {
          List<ChatEvent> events = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            int p = i % PAIRS;
            TestUser[] pair = pairs.get(p);
            events.add(single(pair[0], pair[1], UUID.randomUUID().toString(), "hello " + i));
            sent[p]++;
          }
          long t0 = System.nanoTime();
          persister.persist(events);
          long took = (System.nanoTime() - t0) / 1_000;
          // every message reaches its receiver and comes back to its sender as the echo; taken
          // off the channel before the next batch, so the next timing does not share the CPU
          for (int i = 0; i < 2 * size; i++) {
            assertThat(online.next(WAIT)).as("push %d of %d", i + 1, 2 * size).isNotNull();
          }
          if (round >= 0) {
            micros[round] = took;
          }
        }
        Arrays.sort(micros);
        System.out.printf(
            "MEASURE 1:1 batch of %d over %d conversations: median %.2f ms, p90 %.2f ms"
                + " (%.1f us/message)%n",
            size,
            Math.min(size, PAIRS),
            micros[ROUNDS / 2] / 1000.0,
            micros[ROUNDS * 9 / 10] / 1000.0,
            (double) micros[ROUNDS / 2] / size);
      }
      for (int p = 0; p < PAIRS; p++) {
        TestUser[] pair = pairs.get(p);
        assertThat(number(conversation(ConversationIds.single(pair[0].id(), pair[1].id())), "seq"))
            .isEqualTo(sent[p]);
      }
    }
  }
}
