package io.hichat.functions.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.outbox.Outbox;
import io.hichat.functions.social.domain.RelationCache;
import io.hichat.functions.support.Online;
import io.hichat.functions.support.TestStack;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.event.Topics;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.redisson.api.RSet;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relation events through the outbox, Kafka and the relation consumer: caches follow with a version
 * gate, and {@code relation.changed} reaches both users.
 */
class RelationSyncIT {

  static final Duration WAIT = Duration.ofSeconds(20);
  final TestStack stack = TestStack.get();
  final RedissonClient redis = stack.bean(RedissonClient.class);

  @Test
  void friendAddedThenDeleted_updatesLoadedCaches_andPushesToBoth() throws Exception {
    long a = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
    long b = a + 1;
    RSet<String> aFriends = redis.getSet(RelationKeys.friends(a), StringCodec.INSTANCE);
    aFriends.add("__loaded__");
    try (Online online = new Online().connect(a).connect(b)) {
      long added = emit(RelationEvent.FRIEND_ADDED, a, b);
      await().atMost(WAIT).until(() -> aFriends.contains(Long.toString(b)));
      String push = online.next(WAIT);
      assertThat(push)
          .contains("\"method\":\"relation.changed\"")
          .contains("\"eventType\":\"friend.added\"")
          .contains("\"conversationId\":\"" + a + "_" + b + "\"")
          .contains("\"version\":" + added);
      assertThat(push).contains(Long.toString(a)).contains(Long.toString(b));

      emit(RelationEvent.FRIEND_DELETED, a, b);
      await().atMost(WAIT).until(() -> !aFriends.contains(Long.toString(b)));
      assertThat(online.next(WAIT)).contains("\"eventType\":\"friend.deleted\"");
    }
  }

  @Test
  void olderEvent_arrivingLate_doesNotUndoANewerOne() {
    long a = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
    long b = a + 1;
    RelationCache cache = stack.bean(RelationCache.class);
    RSet<String> aFriends = redis.getSet(RelationKeys.friends(a), StringCodec.INSTANCE);
    aFriends.add("__loaded__");
    assertThat(cache.apply(RelationKeys.friends(a), b, false, 20)).isTrue();
    assertThat(cache.apply(RelationKeys.friends(a), b, true, 10)).isFalse();
    assertThat(aFriends.contains(Long.toString(b))).isFalse();
    assertThat(cache.apply(RelationKeys.friends(a), b, true, 21)).isTrue();
    assertThat(aFriends.contains(Long.toString(b))).isTrue();
  }

  @Test
  void memberRemoved_isPushedToThatMember_only() throws Exception {
    long group = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
    long member = group + 7;
    long other = group + 8;
    try (Online online = new Online().connect(member).connect(other)) {
      stack
          .bean(TransactionTemplate.class)
          .executeWithoutResult(
              s ->
                  stack
                      .bean(Outbox.class)
                      .appendVersioned(
                          Topics.SOCIAL_RELATION,
                          "g:" + group,
                          v ->
                              RelationEvent.group(
                                  UUID.randomUUID().toString(),
                                  System.currentTimeMillis(),
                                  RelationEvent.GROUP_MEMBER_REMOVED,
                                  group,
                                  member,
                                  1,
                                  v)));
      String push = online.next(WAIT);
      assertThat(push).contains("\"userIds\":[" + member + "]").contains("group.member.removed");
      assertThat(online.next(Duration.ofSeconds(1))).isNull();
    }
  }

  private long emit(String type, long a, long b) {
    return stack
        .bean(TransactionTemplate.class)
        .execute(
            s ->
                stack
                    .bean(Outbox.class)
                    .appendVersioned(
                        Topics.SOCIAL_RELATION,
                        "f:" + a + ":" + b,
                        v ->
                            RelationEvent.friend(
                                UUID.randomUUID().toString(),
                                System.currentTimeMillis(),
                                type,
                                a,
                                b,
                                a,
                                v)));
  }
}
