package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.STACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;
import io.hichat.functions.im.store.ChatPermissions;
import io.hichat.functions.im.store.ChatPermissions.Pair;
import io.hichat.functions.im.store.ChatPermissions.Single;
import java.sql.Connection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The batch relation check of the chat consumer, against MySQL's rows. */
class ChatPermissionsIT {

  final ChatPermissions permissions = STACK.bean(ChatPermissions.class);
  final JdbcClient jdbc = JdbcClient.create(STACK.bean(DataSource.class));

  /** A range of user ids no other test uses. */
  static long freshBase() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L) * 1_000;
  }

  void friend(long userId, long friendUid) {
    jdbc.sql("INSERT INTO friends (user_id, friend_uid) VALUES (?, ?)")
        .params(userId, friendUid)
        .update();
  }

  void block(long userId, long blockedUid) {
    jdbc.sql("INSERT INTO friend_blocks (user_id, blocked_uid) VALUES (?, ?)")
        .params(userId, blockedUid)
        .update();
  }

  @Test
  void singles_tellFriendAndBlockApart_eachInTheRecipientsDirection() {
    long b = freshBase();
    Pair friends = new Pair(b + 1, b + 2);
    Pair friendsButBlocked = new Pair(b + 3, b + 4);
    Pair blockedOnly = new Pair(b + 5, b + 6);
    Pair strangers = new Pair(b + 7, b + 8);
    Pair wrongDirection = new Pair(b + 9, b + 10);
    friend(b + 2, b + 1);
    friend(b + 4, b + 3);
    block(b + 4, b + 3);
    block(b + 6, b + 5);
    // rows where the sender is the user: they say nothing about the recipient's side
    friend(b + 9, b + 10);
    block(b + 9, b + 10);

    Map<Pair, Single> found =
        permissions.singles(
            Set.of(friends, friendsButBlocked, blockedOnly, strangers, wrongDirection));

    assertThat(found)
        .containsOnly(
            Map.entry(friends, new Single(true, false)),
            Map.entry(friendsButBlocked, new Single(true, true)),
            Map.entry(blockedOnly, new Single(false, true)),
            Map.entry(strangers, new Single(false, false)),
            Map.entry(wrongDirection, new Single(false, false)));
    assertThat(found.get(friends)).isEqualTo(permissions.single(b + 1, b + 2));
    assertThat(found.get(friendsButBlocked)).isEqualTo(permissions.single(b + 3, b + 4));
  }

  @Test
  void singles_overSeveralChunks_answerEveryPair() {
    long b = freshBase();
    Set<Pair> pairs = new HashSet<>();
    for (int i = 0; i < 1_100; i++) {
      long sender = b + 2 * i;
      long recipient = sender + 1;
      pairs.add(new Pair(sender, recipient));
      if (i % 3 == 0) {
        friend(recipient, sender);
      }
      if (i % 5 == 0) {
        block(recipient, sender);
      }
    }

    Map<Pair, Single> found = permissions.singles(pairs);

    assertThat(found).hasSize(1_100);
    found.forEach(
        (pair, single) -> {
          long i = (pair.senderId() - b) / 2;
          assertThat(single).as("pair %d", i).isEqualTo(new Single(i % 3 == 0, i % 5 == 0));
        });
  }

  @Test
  void singles_ofEveryCountUpToAFewBuckets_answerEveryPair() {
    long b = freshBase();
    Set<Pair> pairs = new HashSet<>();
    for (int i = 0; i < 9; i++) {
      long sender = b + 2 * i;
      pairs.add(new Pair(sender, sender + 1));
      if (i % 2 == 0) {
        friend(sender + 1, sender);
      }
      // 1 to 9 pairs: buckets of 1, 2, 4, 8 and 16, filled by repeating a pair
      Map<Pair, Single> found = permissions.singles(pairs);
      assertThat(found).hasSize(i + 1);
      found.forEach(
          (pair, single) ->
              assertThat(single.friend()).isEqualTo((pair.senderId() - b) / 2 % 2 == 0));
    }
  }

  @Test
  void thePoolsConnectionsKeepParsedStatements() throws Exception {
    try (Connection c = STACK.bean(DataSource.class).getConnection()) {
      PropertySet props = c.unwrap(JdbcConnection.class).getPropertySet();
      assertThat(props.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
      assertThat(props.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue())
          .isGreaterThanOrEqualTo(40 * 2 * 500); // a chunk's statement
    }
  }

  @Test
  void singles_ofNoPairs_isEmpty() {
    assertThat(permissions.singles(Set.of())).isEmpty();
  }
}
