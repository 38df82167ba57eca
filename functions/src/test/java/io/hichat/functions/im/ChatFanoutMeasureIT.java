package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.im.domain.ChatPersister;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.delivery.Presence;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A measurement, not a test: {@code chatPersist}'s work for a 10,000-member group whose members are
 * all online on four connectors — batches of 1 and of 100 messages, with the member cache cold
 * (loaded from MySQL) and warm. Skipped unless {@code -Dhichat.measure=true}; run with {@code
 * ./hichat test -pl shared-model,functions -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ChatFanoutMeasureIT -Dhichat.measure=true}. The figures go to docs/BENCHMARKS.md.
 */
@EnabledIfSystemProperty(named = "hichat.measure", matches = "true")
class ChatFanoutMeasureIT {

  static final int MEMBERS = 10_000;
  static final int CONNECTORS = 4;

  @Test
  void fanOut_toATenThousandMemberGroup() {
    RedissonClient redis = STACK.bean(RedissonClient.class);
    JdbcClient jdbc = JdbcClient.create(STACK.bean(DataSource.class));
    TestUser owner = user("owner");
    long group = group(owner);
    long firstFake = 8_000_000_000L + (System.nanoTime() % 1_000_000) * 100_000;
    jdbc.sql(
            "INSERT INTO group_members (group_id, user_id, role_level, join_source)"
                + " SELECT ?, ? + seq, 0, 1 FROM seq_1_to_"
                + (MEMBERS - 1))
        .params(group, firstFake)
        .update();
    List<String> connectors = new ArrayList<>();
    AtomicLong pushes = new AtomicLong();
    for (int c = 0; c < CONNECTORS; c++) {
      String connector = "measure-" + c + "-" + UUID.randomUUID();
      connectors.add(connector);
      redis
          .getTopic(Presence.channel(connector), StringCodec.INSTANCE)
          .addListener(String.class, (channel, msg) -> pushes.incrementAndGet());
    }
    long expires = System.currentTimeMillis() + Presence.TTL.toMillis();
    RBatch batch = redis.createBatch();
    for (int i = 0; i < MEMBERS; i++) {
      long user = i == 0 ? owner.id() : firstFake + i;
      batch
          .<String, String>getMap(Presence.userKey(user), StringCodec.INSTANCE)
          .putAsync("conn-" + user, Presence.entry(connectors.get(i % CONNECTORS), "m", expires));
    }
    batch.execute();

    ChatPersister persister = STACK.bean(ChatPersister.class);
    String conv = ConversationIds.group(group);
    long seq = 0;
    for (String run : List.of("cold 1", "warm 1", "warm 1", "cold 100", "warm 100", "warm 100")) {
      int size = Integer.parseInt(run.substring(5));
      if (run.startsWith("cold")) {
        redis.getKeys().delete(RelationKeys.members(group));
      }
      List<ChatEvent> events = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        events.add(inGroup(owner, group, run + "-" + UUID.randomUUID(), "hello all", null, false));
      }
      long before = pushes.get();
      long t0 = System.nanoTime();
      persister.persist(events);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      seq += size;
      long expected = (long) size * (CONNECTORS + 1);
      await().atMost(WAIT).until(() -> pushes.get() - before >= expected);
      System.out.printf(
          "MEASURE %s message(s), %d members online on %d connectors: %d ms (%.1f ms/message),"
              + " %d pushes%n",
          run, MEMBERS, CONNECTORS, ms, (double) ms / size, pushes.get() - before);
    }
    assertThat(number(conversation(conv), "seq")).isEqualTo(seq);
  }
}
