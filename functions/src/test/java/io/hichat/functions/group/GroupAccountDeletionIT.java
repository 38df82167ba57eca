package io.hichat.functions.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users.TestUser;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A deleted account leaves its groups: ownership passes on, or the group is disbanded. */
class GroupAccountDeletionIT {

  final GroupClient c = new GroupClient();
  final JdbcClient db = JdbcClient.create(TestStack.get().bean(DataSource.class));

  @Test
  void deletedOwner_handsTheGroupToTheAdmin_andAGroupOfOneIsDisbanded() {
    TestUser owner = c.user("Owner");
    TestUser admin = c.user("Admin");
    TestUser member = c.user("Member");
    long shared = c.create(owner, "shared", 0);
    c.join(admin, shared);
    c.join(member, shared);
    c.setAdmin(owner, shared, admin, true);
    long alone = c.create(owner, "alone", 0);
    long elsewhere = c.create(admin, "elsewhere", 0);
    c.join(owner, elsewhere);

    assertThat(c.api.delete("/api/v1/user/logout", null, owner.token()).status()).isEqualTo(200);

    assertThat(c.role(shared, admin)).isEqualTo(2);
    assertThat(c.memberCount(shared)).isEqualTo(2);
    assertThat(c.memberCount(elsewhere)).isEqualTo(1);
    assertThat(
            db.sql("SELECT status FROM `groups` WHERE id = ?")
                .param(alone)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            db.sql("SELECT COUNT(*) FROM group_members WHERE user_id = ?")
                .param(owner.id())
                .query(Long.class)
                .single())
        .isZero();
  }
}
