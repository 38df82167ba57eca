package io.hichat.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyOrderTest {

  @TempDir Path dir;

  @Test
  void ordersKeysExactlyAsH2Does() {
    Random random = new Random(7);
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      keys.add(
          switch (random.nextInt(4)) {
            case 0 -> new KeyValue("1:" + random.nextInt(50), (long) random.nextInt(1_000));
            case 1 -> new KeyValue("g:" + random.nextInt(50), random.nextInt(9), "c" + i);
            case 2 -> new KeyValue((long) random.nextInt(100));
            default -> "plain-" + random.nextInt(10);
          });
    }
    keys.add(new KeyValue("1:5", 7L));
    keys.add(new KeyValue("1:5", 7L));
    ObjectDataType h2 = new ObjectDataType();
    KeyOrder ours = new KeyOrder();

    for (Object a : keys) {
      for (Object b : keys) {
        // twice: the second comparison of a pair is answered from the kept bytes
        assertThat(Integer.signum(ours.compare(a, b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(h2.compare(a, b)));
        assertThat(Integer.signum(ours.compare(a, b))).isEqualTo(Integer.signum(h2.compare(a, b)));
      }
    }
  }

  @Test
  void opensAFileOfThePlainBackend_andItsUniqueIndexStillHolds() {
    String file = dir.resolve("mongo.mv").toString();
    run(
        new H2Backend(file),
        logs -> {
          logs.createIndex(
              Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true));
          for (long seq = 1; seq <= 500; seq++) {
            logs.insertOne(new Document("conversationId", "1:" + (seq % 7)).append("seq", seq));
          }
          return null;
        });

    run(
        new StandInBackend(file),
        logs -> {
          assertThat(logs.countDocuments()).isEqualTo(500);
          assertThat(logs.find(Filters.eq("seq", 250L)).first()).isNotNull();
          for (long seq : new long[] {1, 250, 500}) {
            Document again = new Document("conversationId", "1:" + (seq % 7)).append("seq", seq);
            assertThatThrownBy(() -> logs.insertOne(again))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
          }
          logs.insertOne(new Document("conversationId", "1:0").append("seq", 501L));
          return null;
        });

    run(
        new H2Backend(file),
        logs -> {
          assertThat(logs.countDocuments()).isEqualTo(501);
          Document again = new Document("conversationId", "1:0").append("seq", 501L);
          assertThatThrownBy(() -> logs.insertOne(again)).isInstanceOf(MongoWriteException.class);
          return null;
        });
  }

  private static void run(H2Backend backend, Function<MongoCollection<Document>, Void> work) {
    MongoServer server = new MongoServer(backend);
    try {
      InetSocketAddress address = server.bind();
      try (MongoClient client =
          MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
        work.apply(client.getDatabase("hichat").getCollection("chat_logs"));
      }
    } finally {
      server.shutdown();
      backend.close();
    }
  }
}
