package io.hichat.functions.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.Users.TestUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a test: {@code GET /v1/social/group/users} of a 5,000-member group through the
 * local gateway, driven by {@code wrk}. Skipped unless {@code -Dhichat.measure=true}; run with
 * {@code ./hichat test -pl shared-model,functions -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=GroupUsersMeasureIT -Dhichat.measure=true}. The
 * figures go to docs/BENCHMARKS.md.
 */
@EnabledIfSystemProperty(named = "hichat.measure", matches = "true")
class GroupUsersMeasureIT {

  static final int MEMBERS = 5_000;

  final GroupClient g = new GroupClient();

  @Test
  void groupUsers_ofAFiveThousandMemberGroup() throws Exception {
    TestUser owner = g.user("Owner");
    long group = g.create(owner, "Five thousand", 0);
    String tag = Long.toString(System.nanoTime());
    g.jdbc
        .sql(
            "INSERT INTO users (nickname, phone, password, avatar)"
                + " SELECT CONCAT('member ', seq), CONCAT('9', ?, LPAD(seq, 5, '0')), 'x',"
                + " CONCAT('https://cdn.example/a/', seq, '.png') FROM seq_1_to_"
                + (MEMBERS - 1))
        .param(tag.substring(tag.length() - 9))
        .update();
    g.jdbc
        .sql(
            "INSERT INTO group_members (group_id, user_id, role_level, join_source)"
                + " SELECT ?, id, 0, 1 FROM users WHERE phone LIKE CONCAT('9', ?, '%')")
        .params(group, tag.substring(tag.length() - 9))
        .update();
    g.jdbc.sql("UPDATE `groups` SET member_count = ? WHERE id = ?").params(MEMBERS, group).update();
    Api.Resp warm = g.get("/group/users?group_id=" + group, owner);
    assertThat(warm.status()).isEqualTo(200);
    assertThat(warm.data().path("List")).hasSize(MEMBERS);
    System.out.printf(
        "MEASURE response bytes: %d%n", warm.raw().getBytes(StandardCharsets.UTF_8).length);

    Path script = Files.createTempFile("wrk-auth", ".lua");
    Files.writeString(
        script, "wrk.headers[\"Authorization\"] = \"Bearer " + owner.token() + "\"\n");
    String url = g.api.base() + "/v1/social/group/users?group_id=" + group;
    for (String[] run : new String[][] {{"1", "1", "15s"}, {"2", "8", "30s"}}) {
      ProcessBuilder wrk =
          new ProcessBuilder(
                  "wrk",
                  "-t" + run[0],
                  "-c" + run[1],
                  "-d" + run[2],
                  "--latency",
                  "-s",
                  script.toString(),
                  url)
              .redirectErrorStream(true);
      Process p = wrk.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      System.out.println("MEASURE wrk -t" + run[0] + " -c" + run[1] + " -d" + run[2] + "\n" + out);
    }
    try {
      Files.delete(script);
    } catch (IOException ignored) {
      // a temp file
    }
  }
}
