package io.hichat.functions.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The races users hit: two admins approving at once, ten users through a link with three uses. */
class GroupConcurrencyIT {

  final GroupClient g = new GroupClient();

  @Test
  void twoAdminsApprovingAtOnce_oneMembership_oneEvent_bothSucceed() throws Exception {
    TestUser owner = g.user("Owner");
    TestUser a1 = g.user("A1");
    TestUser a2 = g.user("A2");
    TestUser x = g.user("Applicant");
    long group = g.create(owner, "Race", 0);
    g.join(a1, group);
    g.join(a2, group);
    g.setAdmin(owner, group, a1, true);
    g.setAdmin(owner, group, a2, true);
    g.post("/group/update", "{\"group_id\":\"" + group + "\",\"is_verify\":1}", owner);
    String request = g.apply(x, group).data().path("request_id").asText();

    try (KafkaProbe relations = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      List<Api.Resp> answers =
          race(List.of(() -> g.handle(a1, request, 1), () -> g.handle(a2, request, 1)));

      assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.raw()).isEqualTo(200));
      assertThat(answers.stream().filter(r -> r.data().path("idempotent").asBoolean())).hasSize(1);
      assertThat(g.role(group, x)).isZero();
      assertThat(g.memberCount(group)).isEqualTo(4);
      List<String> added =
          relations.await(
              v -> v.contains("member.added") && v.contains("\"userId\":" + x.id()),
              2,
              Duration.ofSeconds(8));
      assertThat(added).hasSize(1);
    }
  }

  @Test
  void approveAndRejectAtOnce_oneWins_theOtherIs409() throws Exception {
    TestUser owner = g.user("Owner");
    TestUser a1 = g.user("A1");
    TestUser x = g.user("Applicant");
    long group = g.create(owner, "Race2", 0);
    g.join(a1, group);
    g.setAdmin(owner, group, a1, true);
    g.post("/group/update", "{\"group_id\":\"" + group + "\",\"is_verify\":1}", owner);
    String request = g.apply(x, group).data().path("request_id").asText();

    List<Api.Resp> answers =
        race(List.of(() -> g.handle(owner, request, 1), () -> g.handle(a1, request, 2)));

    assertThat(answers.stream().map(Api.Resp::status)).containsExactlyInAnyOrder(200, 409);
    Api.Resp lost = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertThat(lost.code()).isEqualTo(ErrorCode.GROUP_REQUEST_HANDLED.code());
    Api.Resp won = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
    assertThat(g.role(group, x)).isEqualTo(won.data().path("handle_result").asInt() == 1 ? 0 : -1);
  }

  @Test
  void tenUsersThroughALinkWithThreeUses_exactlyThreeJoin() throws Exception {
    TestUser owner = g.user("Owner");
    long group = g.create(owner, "Three seats", 1);
    String token =
        g.post(
                "/group/inviteLink/create",
                "{\"group_id\":\"%d\",\"max_uses\":3}".formatted(group),
                owner)
            .data()
            .path("link")
            .path("token")
            .asText();
    List<TestUser> users = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      users.add(g.user("Rush" + i));
    }
    List<Callable<Api.Resp>> calls = new ArrayList<>();
    for (TestUser u : users) {
      calls.add(() -> g.post("/group/joinByToken", "{\"token\":\"" + token + "\"}", u));
    }

    List<Api.Resp> answers = race(calls);

    assertThat(answers.stream().filter(r -> r.status() == 200)).hasSize(3);
    assertThat(answers.stream().filter(r -> r.status() == 409))
        .hasSize(7)
        .allSatisfy(r -> assertThat(r.code()).isEqualTo(ErrorCode.INVITE_LINK_UNUSABLE.code()));
    assertThat(g.memberCount(group)).isEqualTo(4);
    assertThat(g.members(group)).isEqualTo(4);
    assertThat(
            g.jdbc
                .sql("SELECT used_count FROM group_invite_links WHERE token = ?")
                .param(token)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  private static List<Api.Resp> race(List<Callable<Api.Resp>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Api.Resp>> futures = new ArrayList<>();
      for (Callable<Api.Resp> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Api.Resp> out = new ArrayList<>();
      for (Future<Api.Resp> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
