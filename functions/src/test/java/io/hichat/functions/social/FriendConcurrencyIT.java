package io.hichat.functions.social;

import static io.hichat.functions.social.FriendSteps.API;
import static io.hichat.functions.social.FriendSteps.apply;
import static io.hichat.functions.social.FriendSteps.handle;
import static io.hichat.functions.social.FriendSteps.outbox;
import static io.hichat.functions.social.FriendSteps.pendingBetween;
import static io.hichat.functions.social.FriendSteps.request;
import static io.hichat.functions.social.FriendSteps.rowsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.event.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The races users hit, run many times over HTTP: each ends in one consistent outcome. */
class FriendConcurrencyIT {

  static final int ROUNDS = 12;
  static final ExecutorService POOL = Executors.newFixedThreadPool(2);
  static final JdbcClient DB = JdbcClient.create(TestStack.get().bean(DataSource.class));

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  @Test
  void requestsSentBothWaysAtOnce_endInExactlyOneFriendship_andNoPendingRequest() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      TestUser ada = Users.register(API, "Ada" + round);
      TestUser bob = Users.register(API, "Bob" + round);

      List<Api.Resp> answers = together(() -> apply(ada, bob, null), () -> apply(bob, ada, null));

      assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.raw()).isEqualTo(200));
      assertThat(answers.stream().map(r -> r.data().path("status").asText()))
          .as("round %d", round)
          .containsExactlyInAnyOrder("pending", "accepted");
      assertThat(rowsBetween(ada, bob)).as("round %d", round).isEqualTo(2);
      assertThat(pendingBetween(ada, bob)).as("round %d", round).isZero();
      assertThat(outbox(Topics.SOCIAL_RELATION, pair(ada, bob))).as("round %d", round).isEqualTo(1);
    }
  }

  @Test
  void sameRequestAcceptedTwiceAtOnce_makesOneFriendship_andOneFriendAdded() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      TestUser ada = Users.register(API, "Ada" + round);
      TestUser bob = Users.register(API, "Bob" + round);
      String id = request(ada, bob);

      List<Api.Resp> answers =
          together(() -> handle(bob, id, 1, null), () -> handle(bob, id, 1, null));

      assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.raw()).isEqualTo(200));
      assertThat(answers.stream().map(r -> r.data().path("idempotent").asBoolean()))
          .as("round %d", round)
          .containsExactlyInAnyOrder(false, true);
      assertThat(rowsBetween(ada, bob)).isEqualTo(2);
      assertThat(outbox(Topics.SOCIAL_RELATION, pair(ada, bob))).as("round %d", round).isEqualTo(1);
      assertThat(outbox(Topics.NOTIFY_COMMON, Long.toString(ada.id())))
          .as("one friend.accept for ada")
          .isEqualTo(1);
    }
  }

  @Test
  void acceptAndRejectAtOnce_oneWins_theOtherIs409() throws Exception {
    for (int round = 0; round < ROUNDS / 2; round++) {
      TestUser ada = Users.register(API, "Ada" + round);
      TestUser bob = Users.register(API, "Bob" + round);
      String id = request(ada, bob);

      List<Api.Resp> answers =
          together(() -> handle(bob, id, 1, null), () -> handle(bob, id, 2, null));

      assertThat(answers.stream().map(Api.Resp::status)).containsExactlyInAnyOrder(200, 409);
      int result =
          DB.sql("SELECT handle_result FROM friend_requests WHERE id = ?")
              .param(Long.parseLong(id))
              .query(Integer.class)
              .single();
      assertThat(rowsBetween(ada, bob)).isEqualTo(result == 1 ? 2 : 0);
      assertThat(outbox(Topics.SOCIAL_RELATION, pair(ada, bob))).isEqualTo(result == 1 ? 1 : 0);
    }
  }

  /** Runs both calls at the same moment and returns their answers. */
  private static List<Api.Resp> together(Supplier<Api.Resp> a, Supplier<Api.Resp> b)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Api.Resp>> futures = new ArrayList<>();
    for (Supplier<Api.Resp> call : List.of(a, b)) {
      futures.add(
          POOL.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return call.get();
              }));
    }
    List<Api.Resp> out = new ArrayList<>();
    for (Future<Api.Resp> f : futures) {
      out.add(f.get(30, TimeUnit.SECONDS));
    }
    return out;
  }

  private static String pair(TestUser a, TestUser b) {
    return "f:" + Math.min(a.id(), b.id()) + ":" + Math.max(a.id(), b.id());
  }
}
