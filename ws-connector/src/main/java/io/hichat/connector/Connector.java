package io.hichat.connector;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hichat.connector.auth.JwtAuthenticator;
import io.hichat.connector.auth.TokenVerifier;
import io.hichat.connector.chat.Access;
import io.hichat.connector.chat.ChatMethods;
import io.hichat.connector.chat.MarkRead;
import io.hichat.connector.chat.OnlineFriends;
import io.hichat.connector.chat.SendChat;
import io.hichat.connector.chat.SyncChat;
import io.hichat.connector.chat.TypingRelay;
import io.hichat.connector.delivery.DeliveryListener;
import io.hichat.connector.delivery.PushRouter;
import io.hichat.connector.netty.ConnectorServer;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Sessions;
import io.hichat.connector.store.BlockingSql;
import io.hichat.connector.store.KafkaEvents;
import io.hichat.connector.store.KafkaSettings;
import io.hichat.connector.store.MongoChatLog;
import io.hichat.connector.store.RedisPresence;
import io.hichat.connector.store.RedisPushes;
import io.hichat.connector.store.RedisRelationGate;
import io.hichat.connector.store.RedisTokenVersions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connector process, wired: the clients (Redis, Kafka, MongoDB, MySQL), each built once, the
 * methods over them, the delivery subscription, the presence refresh and the server. {@link #close}
 * drains: stop accepting, close every connection with 1001, remove their presence entries, flush
 * the producer, release the clients.
 */
public final class Connector implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Connector.class);
  static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

  private final ConnectorConfig config;
  private final RedissonClient redis;
  private final Producer<String, byte[]> producer;
  private final KafkaEvents events;
  private final MongoClient mongo;
  private final HikariDataSource mysql;
  private final BlockingSql sql;
  private final Sessions sessions;
  private final RedisPresence presence;
  private final DeliveryListener delivery;
  private final ScheduledExecutorService refresher;
  private final ConnectorServer server;
  private boolean closed;

  private Connector(ConnectorConfig config) throws InterruptedException {
    this.config = config;
    Clock clock = Clock.systemUTC();
    this.redis = redis(config);
    this.producer =
        new KafkaProducer<>(
            KafkaSettings.producer(
                config.kafkaBootstrap(),
                config.kafkaIam(),
                "hichat-connector-" + config.connectorId()),
            new StringSerializer(),
            new ByteArraySerializer());
    this.events = new KafkaEvents(producer);
    this.mongo = mongo(config);
    this.mysql = mysql(config);
    this.sql = new BlockingSql(mysql, config.mysqlPoolSize());
    this.sessions = new Sessions(config.connectorId(), config.tuning());
    this.presence = new RedisPresence(redis, config.connectorId(), clock);

    RedisRelationGate gate = new RedisRelationGate(redis, sql);
    Access access = new Access(gate);
    ChatMethods methods =
        new ChatMethods(
            new SendChat(access, events, clock),
            new MarkRead(access, events, clock),
            new SyncChat(access, new MongoChatLog(mongo.getDatabase(config.mongoDatabaseName()))),
            new TypingRelay(access, gate, presence, new RedisPushes(redis)),
            new OnlineFriends(gate, presence));
    JwtAuthenticator authenticator =
        new JwtAuthenticator(
            new TokenVerifier(config.jwtKeys(), config.jwtIssuer(), config.jwtAudience(), clock),
            new RedisTokenVersions(redis, sql));

    this.delivery =
        new DeliveryListener(
            redis, config.connectorId(), new PushRouter(sessions, access::forgetVerdicts));
    delivery.start().toCompletableFuture().join();
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "presence-refresh");
              t.setDaemon(true);
              return t;
            });
    long every = config.tuning().presenceRefresh().toMillis();
    refresher.scheduleAtFixedRate(this::refresh, every, every, TimeUnit.MILLISECONDS);
    this.server = ConnectorServer.start(config, sessions, presence, authenticator, methods);
  }

  /** Builds the clients and starts listening; throws when a client or the port is unusable. */
  public static Connector start(ConnectorConfig config) throws InterruptedException {
    return new Connector(config);
  }

  public ConnectorConfig config() {
    return config;
  }

  public String connectorId() {
    return config.connectorId();
  }

  /** The port the server listens on (the configured one, or the one picked for port 0). */
  public int port() {
    return server.port();
  }

  public Sessions sessions() {
    return sessions;
  }

  private void refresh() {
    try {
      presence
          .refresh(sessions.all())
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  log.warn("presence refresh failed: {}", error.toString());
                }
              });
    } catch (RuntimeException e) {
      log.warn("presence refresh failed", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      List<Connection> drained = server.drain(DRAIN_TIMEOUT);
      refresher.shutdownNow();
      delivery.close();
      List<CompletableFuture<Void>> removals = new ArrayList<>();
      drained.forEach(c -> removals.add(presence.unregister(c).toCompletableFuture()));
      CompletableFuture.allOf(removals.toArray(CompletableFuture[]::new))
          .orTimeout(5, TimeUnit.SECONDS)
          .exceptionally(e -> null)
          .join();
      log.info("drained {} connection(s)", drained.size());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      events.close();
      producer.flush();
      producer.close(Duration.ofSeconds(5));
      sql.close();
      mysql.close();
      mongo.close();
      redis.shutdown(0, 2, TimeUnit.SECONDS);
    }
  }

  private static RedissonClient redis(ConnectorConfig config) {
    Config redisConfig = new Config();
    redisConfig.setCodec(StringCodec.INSTANCE);
    // EVALSHA instead of EVAL: the relation gate runs a script per send; without the cache the
    // whole script text is encoded and sent, and parsed by Redis, every time
    redisConfig.setUseScriptCache(true);
    redisConfig
        .useSingleServer()
        .setAddress(config.redisUrl())
        .setConnectionMinimumIdleSize(2)
        .setConnectionPoolSize(32)
        .setSubscriptionConnectionMinimumIdleSize(1)
        .setConnectTimeout(3000)
        .setTimeout(3000);
    return Redisson.create(redisConfig);
  }

  private static MongoClient mongo(ConnectorConfig config) {
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(config.mongoUri()))
            .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
            .applyToSocketSettings(s -> s.connectTimeout(3, TimeUnit.SECONDS))
            .applyToConnectionPoolSettings(p -> p.maxSize(16))
            .build();
    return MongoClients.create(settings);
  }

  private static HikariDataSource mysql(ConnectorConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.mysqlUrl());
    hikari.setUsername(config.mysqlUser());
    hikari.setPassword(config.mysqlPassword());
    hikari.setMaximumPoolSize(config.mysqlPoolSize());
    hikari.setMinimumIdle(0);
    hikari.setConnectionTimeout(5000);
    hikari.setReadOnly(true);
    hikari.setPoolName("connector-mysql");
    // cache loads only: the connector starts (and serves cached relations) while MySQL is away
    hikari.setInitializationFailTimeout(-1);
    return new HikariDataSource(hikari);
  }
}
