package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.group.domain.ApplyThrottle;
import io.hichat.functions.im.store.RelationGate;
import io.hichat.functions.social.domain.RelationCache;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.im.ConversationIds;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * How relation changes reach chat: the members' conversation documents (joined, removed, group
 * disbanded), and the gate caches (generation moved, sets dropped after commits, loaded by the
 * guarded protocol).
 */
class ChatRelationIT {

  final RedissonClient redis = STACK.bean(RedissonClient.class);

  String generation(String setKey) {
    return redis.<String>getBucket(RelationKeys.generation(setKey), StringCodec.INSTANCE).get();
  }

  @Test
  void joinerStartsReadAtTheGroupsSeq_removedMemberStopsAtIt() {
    TestUser owner = user("owner");
    TestUser late = user("late");
    long group = group(owner);
    String conv = ConversationIds.group(group);
    awaitMember(owner.id(), conv);
    send(inGroup(owner, group, "before-1", "one", null, false));
    send(inGroup(owner, group, "before-2", "two", null, false));
    awaitSeq(conv, 2);

    join(late, group);
    Document joined = awaitMember(late.id(), conv);
    assertThat(number(joined, "readSeq")).as("nothing before joining is unread").isEqualTo(2);
    assertThat(joined.getBoolean("isShow")).isTrue();
    assertThat(joined.get("removedSeq")).isNull();

    send(inGroup(owner, group, "after", "three", null, false));
    awaitSeq(conv, 3);
    kick(owner, group, late);
    await().atMost(WAIT).until(() -> number(member(late.id(), conv), "removedSeq") == 3);

    redis.getBucket(ApplyThrottle.key(group, late.id())).delete(); // as if a minute had passed
    join(late, group);
    await().atMost(WAIT).until(() -> member(late.id(), conv).get("removedSeq") == null);
    assertThat(number(member(late.id(), conv), "readSeq")).isEqualTo(3);
  }

  @Test
  void disband_closesTheConversationForEveryMember() {
    TestUser owner = user("owner");
    TestUser member = user("member");
    long group = group(owner);
    join(member, group);
    String conv = ConversationIds.group(group);
    awaitMember(member.id(), conv);
    send(inGroup(member, group, "last", "bye", null, false));
    awaitSeq(conv, 1);

    var r = API.post("/v1/social/group/disband", "{\"group_id\":\"" + group + "\"}", owner.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);

    await().atMost(WAIT).until(() -> number(member(member.id(), conv), "removedSeq") == 1);
    assertThat(number(member(owner.id(), conv), "removedSeq")).isEqualTo(1);
  }

  @Test
  void kick_dropsTheMemberCache_andTheLoaderFillsItAgainFromMysql() {
    TestUser owner = user("owner");
    TestUser gone = user("gone");
    long group = group(owner);
    join(gone, group);
    RelationGate gate = STACK.bean(RelationGate.class);
    assertThat(gate.groupMembers(group)).containsExactlyInAnyOrder(owner.id(), gone.id());
    String key = RelationKeys.members(group);
    // the join's own relation event may move the generation while a load runs, and that load is
    // then (rightly) not written: load until one lands
    org.awaitility.Awaitility.await("the member set loaded")
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () -> {
              gate.groupMembers(group);
              return redis
                  .getSet(key, StringCodec.INSTANCE)
                  .readAll()
                  .contains(RelationKeys.LOADED);
            });
    assertThat(redis.getSet(key, StringCodec.INSTANCE).readAll())
        .contains(RelationKeys.LOADED, Long.toString(gone.id()));
    String before = generation(key);

    kick(owner, group, gone);

    assertThat(generation(key)).isNotEqualTo(before);
    assertThat(gate.groupMembers(group)).containsExactly(owner.id());
  }

  @Test
  void loader_doesNotWriteWhenTheGenerationMovedDuringItsQuery() {
    long group = ThreadLocalRandom.current().nextLong(100_000_000, 900_000_000);
    String key = RelationKeys.members(group);
    Long written =
        redis
            .getScript(StringCodec.INSTANCE)
            .eval(
                RScript.Mode.READ_WRITE,
                RelationKeys.LOAD_SCRIPT,
                RScript.ReturnType.LONG,
                List.<Object>of(key, RelationKeys.generation(key)),
                "5", // the generation the loader read before a writer moved it
                "3600",
                "42");
    assertThat(written).isZero();
    assertThat(redis.getKeys().countExists(key)).isZero();
  }

  @Test
  void relationEventOnAnUnloadedSet_movesItsGeneration_aLoadedSetChangesInPlace() {
    RelationCache cache = STACK.bean(RelationCache.class);
    long a = ThreadLocalRandom.current().nextLong(100_000_000, 900_000_000);
    String unloaded = RelationKeys.friends(a);
    assertThat(cache.apply(unloaded, a + 1, true, 10)).isTrue();
    assertThat(generation(unloaded)).isEqualTo("1");
    assertThat(redis.getKeys().countExists(unloaded)).as("still not loaded").isZero();
    assertThat(
            redis
                .getBucket(RelationKeys.generation(unloaded), StringCodec.INSTANCE)
                .remainTimeToLive())
        .isPositive();

    String loaded = RelationKeys.friends(a + 2);
    redis.getSet(loaded, StringCodec.INSTANCE).add(RelationKeys.LOADED);
    assertThat(cache.apply(loaded, a + 3, true, 10)).isTrue();
    assertThat(redis.getSet(loaded, StringCodec.INSTANCE).contains(Long.toString(a + 3))).isTrue();
    assertThat(generation(loaded)).isNull();
  }

  @Test
  void unfriending_dropsBothFriendCaches() {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    for (TestUser u : List.of(ada, bob)) {
      redis.getSet(RelationKeys.friends(u.id()), StringCodec.INSTANCE).add(RelationKeys.LOADED);
    }
    var r =
        API.post("/v1/social/friend/delete", "{\"friend_uid\":\"" + bob.id() + "\"}", ada.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(
            redis
                .getKeys()
                .countExists(RelationKeys.friends(ada.id()), RelationKeys.friends(bob.id())))
        .isZero();
  }
}
