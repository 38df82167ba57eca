package io.hichat.connector.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.ConnectorConfig;
import io.hichat.connector.chat.RelationGate;
import io.hichat.connector.chat.RelationSet;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Sessions;
import io.hichat.connector.support.Stack;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.delivery.Presence;
import io.hichat.model.delivery.RelationKeys;
import io.netty.channel.embedded.EmbeddedChannel;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The Redis and MySQL adapters against the real engines. */
class StoresIT {

  final RedissonClient redis = Stack.redis();
  final DataSource dataSource = Stack.functions().bean(DataSource.class);
  final BlockingSql sql = new BlockingSql(dataSource, 2);
  final RedisRelationGate gate = new RedisRelationGate(redis, sql);
  final Sessions sessions = new Sessions("ws-store-it", ConnectorConfig.Tuning.defaults());

  Map<String, String> entries(long userId) {
    return redis
        .<String, String>getMap(Presence.userKey(userId), StringCodec.INSTANCE)
        .readAllMap();
  }

  static <T> T join(java.util.concurrent.CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  /** Friend rows written straight to MySQL: no relation event follows, nothing moves the cache. */
  void friendRow(long userId, long friendId) throws SQLException {
    try (java.sql.Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("INSERT INTO friends (user_id, friend_uid) VALUES (?, ?)")) {
      s.setLong(1, userId);
      s.setLong(2, friendId);
      s.executeUpdate();
    }
  }

  @Test
  void friendSet_isLoadedFromMySqlOnAMiss_withTheSentinel_andAnsweredFromIt() throws Exception {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    TestUser cyd = Stack.user("cyd");
    friendRow(ada.id(), bob.id());
    RelationSet friends = RelationSet.friends(ada.id());

    assertThat(join(gate.contains(friends, bob.id()))).isTrue();
    assertThat(join(gate.contains(friends, cyd.id()))).isFalse();
    assertThat(redis.<String>getSet(friends.key(), StringCodec.INSTANCE).readAll())
        .containsExactlyInAnyOrder(RelationKeys.LOADED, Long.toString(bob.id()));
    assertThat(join(gate.members(friends))).containsExactly(bob.id());
    assertThat(redis.getKeys().remainTimeToLive(friends.key())).isPositive();
  }

  @Test
  void containsEach_answersTwoSetsInOneScript_loadingOnlyTheMissingOne() throws Exception {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    TestUser cyd = Stack.user("cyd");
    friendRow(ada.id(), bob.id());
    RelationSet friends = RelationSet.friends(ada.id());
    RelationSet blocks = RelationSet.blocks(ada.id());

    // both unloaded: each is loaded from MySQL
    assertThat(join(gate.containsEach(friends, blocks, bob.id())))
        .isEqualTo(new RelationGate.Both(true, false));
    assertThat(redis.<String>getSet(blocks.key(), StringCodec.INSTANCE).readAll())
        .containsExactly(RelationKeys.LOADED);

    // the blocks set dropped by a writer (a block of cyd in MySQL follows): only it is loaded
    try (java.sql.Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("INSERT INTO friend_blocks (user_id, blocked_uid) VALUES (?, ?)")) {
      s.setLong(1, ada.id());
      s.setLong(2, cyd.id());
      s.executeUpdate();
    }
    redis.getKeys().delete(blocks.key());
    assertThat(join(gate.containsEach(friends, blocks, cyd.id())))
        .isEqualTo(new RelationGate.Both(false, true));
    assertThat(join(gate.containsEach(friends, blocks, bob.id())))
        .isEqualTo(new RelationGate.Both(true, false));
  }

  @Test
  void concurrentMissesOfOneSet_shareOneLoad() {
    TestUser ada = Stack.user("ada");
    RelationSet blocks = RelationSet.blocks(ada.id());
    redis.getKeys().delete(blocks.key());

    CompletableFuture<Set<Long>> first = gate.load(blocks);
    CompletableFuture<Set<Long>> second = gate.load(blocks);

    assertThat(second).isSameAs(first);
    assertThat(first.join()).isEmpty();
    assertThat(redis.<String>getSet(blocks.key(), StringCodec.INSTANCE).readAll())
        .containsExactly(RelationKeys.LOADED);
  }

  @Test
  void loadRacingAWriter_answersFromMySql_butLeavesTheSetUnloaded() throws Exception {
    TestUser ada = Stack.user("ada");
    TestUser bob = Stack.user("bob");
    friendRow(ada.id(), bob.id());
    RelationSet friends = RelationSet.friends(ada.id());
    String generation = RelationKeys.generation(friends.key());
    // a writer commits while the loader's query runs, and moves the generation
    DataSource racing =
        new DelegatingDataSource(dataSource) {
          @Override
          public java.sql.Connection getConnection() throws SQLException {
            redis
                .getScript(StringCodec.INSTANCE)
                .eval(
                    RScript.Mode.READ_WRITE,
                    RelationKeys.INVALIDATE_SCRIPT,
                    RScript.ReturnType.LONG,
                    List.of(friends.key(), generation),
                    "60");
            return super.getConnection();
          }
        };
    RedisRelationGate racingGate = new RedisRelationGate(redis, new BlockingSql(racing, 1));

    assertThat(join(racingGate.contains(friends, bob.id()))).isTrue();
    assertThat(redis.getKeys().countExists(friends.key())).isZero();
    assertThat(redis.<String>getBucket(generation, StringCodec.INSTANCE).get()).isEqualTo("1");
  }

  @Test
  void presence_isWrittenRefreshedAndRemovedOnlyByItsOwnConnection() {
    TestUser ada = Stack.user("ada");
    Instant start = Instant.now();
    RedisPresence now = new RedisPresence(redis, "ws-store-it", Clock.fixed(start, ZoneOffset.UTC));
    RedisPresence later =
        new RedisPresence(
            redis, "ws-store-it", Clock.fixed(start.plus(Duration.ofMinutes(2)), ZoneOffset.UTC));
    Connection web = sessions.open(new EmbeddedChannel(), ada.id(), "web");
    Connection gone = sessions.open(new EmbeddedChannel(), ada.id(), "old");

    join(now.register(web));
    join(now.register(gone));
    gone.channel().close();
    join(later.refresh(List.of(web, gone)));

    Map<String, String> entries = entries(ada.id());
    assertThat(entries).containsOnlyKeys(web.id(), gone.id());
    assertThat(entries.get(web.id()))
        .isEqualTo(
            Presence.entry(
                "ws-store-it",
                "web",
                start.plus(Duration.ofMinutes(2)).plus(Presence.TTL).toEpochMilli()));
    assertThat(join(later.byConnector(List.of(ada.id()))))
        .isEqualTo(Map.of("ws-store-it", List.of(ada.id())));

    RedisPresence other = new RedisPresence(redis, "ws-other", Clock.systemUTC());
    join(other.unregister(web));
    assertThat(entries(ada.id())).containsKey(web.id());
    join(now.unregister(web));
    join(now.unregister(gone));
    assertThat(entries(ada.id())).isEmpty();
  }

  @Test
  void presence_ignoresEntriesWhoseConnectorStoppedRefreshing() {
    TestUser ada = Stack.user("ada");
    Instant start = Instant.now();
    RedisPresence then = new RedisPresence(redis, "ws-dead", Clock.fixed(start, ZoneOffset.UTC));
    join(then.register(sessions.open(new EmbeddedChannel(), ada.id(), "web")));

    RedisPresence afterTtl =
        new RedisPresence(
            redis,
            "ws-reader",
            Clock.fixed(start.plus(Presence.TTL).plusSeconds(1), ZoneOffset.UTC));

    assertThat(join(afterTtl.byConnector(List.of(ada.id())))).isEmpty();
  }
}
