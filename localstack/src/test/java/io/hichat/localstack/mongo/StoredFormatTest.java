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
import de.bwaldvogel.mongo.bson.ObjectId;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in's on-disk types: what they write reads back, and older files still open. */
class StoredFormatTest {

  @TempDir Path dir;

  private static <T> T roundTrip(DataType<T> type, T value) {
    WriteBuffer out = new WriteBuffer();
    type.write(out, value);
    ByteBuffer in = out.getBuffer();
    in.flip();
    T read = type.read(in);
    assertThat(in.remaining()).as("bytes left after reading %s", value).isZero();
    return read;
  }

  @Test
  void documentsAndIds_readBackEqual_whetherWrittenAsBsonOrByH2() {
    StoredValueType type = new StoredValueType();
    var inner = new de.bwaldvogel.mongo.bson.Document("a", 1).append("b", List.of("x", 2L));
    var bson =
        new de.bwaldvogel.mongo.bson.Document("_id", new ObjectId())
            .append("int", 7)
            .append("long", 1L << 40)
            .append("double", 2.5)
            .append("text", "grüß dich")
            .append("flag", true)
            .append("none", null)
            .append("at", Instant.ofEpochMilli(1_795_839_270_123L))
            .append("inner", inner)
            .append("uuid", UUID.randomUUID());
    // a value BSON has no type for: written by H2 as before
    var other = new de.bwaldvogel.mongo.bson.Document("_id", "x").append("date", new Date(5));

    assertThat(roundTrip(type, (Object) bson)).isEqualTo(bson);
    assertThat(roundTrip(type, (Object) other)).isEqualTo(other);
    ObjectId id = new ObjectId();
    assertThat(roundTrip(type, (Object) id)).isEqualTo(id);
    assertThat(roundTrip(type, (Object) "plain")).isEqualTo("plain");
    assertThat(roundTrip(type, (Object) 42L)).isEqualTo(42L);

    WriteBuffer out = new WriteBuffer();
    type.write(out, bson);
    assertThat(out.getBuffer().get(0)).isEqualTo(StoredValueType.TAG_BSON_DOCUMENT);
  }

  @Test
  void idsCompareAsH2ComparesThem() {
    StoredValueType ours = new StoredValueType();
    var h2 = new org.h2.mvstore.type.ObjectDataType();
    List<Object> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ids.add(new ObjectId());
      ids.add("s" + (i * 7919 % 100));
      ids.add((long) (i * 31 % 17));
    }
    for (Object a : ids) {
      for (Object b : ids) {
        assertThat(Integer.signum(ours.compare(a, b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(h2.compare(a, b)));
      }
    }
  }

  @Test
  void indexKeys_areEqualOnlyForTheSameValuesOfTheSameClasses_andFormATotalOrder() {
    IndexKeyType type = new IndexKeyType();
    Random random = new Random(7);
    List<KeyValue> keys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      keys.add(
          switch (random.nextInt(6)) {
            case 0 -> new KeyValue("1_" + random.nextInt(20), (double) random.nextInt(30));
            case 1 -> new KeyValue("g" + random.nextInt(9), random.nextLong(), "c" + i);
            case 2 -> new KeyValue(random.nextBoolean() ? null : new ObjectId());
            case 3 -> new KeyValue(random.nextInt(5), random.nextBoolean());
            case 4 ->
                new KeyValue(
                    new de.bwaldvogel.mongo.bson.Document("n", random.nextInt(3)),
                    Instant.ofEpochSecond(random.nextInt(3)));
            default -> new KeyValue(List.of("a", random.nextInt(3)));
          });
    }
    for (KeyValue a : keys) {
      assertThat(roundTrip(type, a)).isEqualTo(a);
      for (KeyValue b : keys) {
        int ab = Integer.signum(type.compare(a, b));
        assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(type.compare(b, a)));
        assertThat(ab == 0).as("%s equals %s", a, b).isEqualTo(a.equals(b));
      }
    }
    List<KeyValue> sorted = new ArrayList<>(keys);
    sorted.sort(type::compare);
    for (int i = 1; i < sorted.size(); i++) {
      for (int j = i; j < Math.min(sorted.size(), i + 20); j++) {
        assertThat(type.compare(sorted.get(i - 1), sorted.get(j))).isLessThanOrEqualTo(0);
      }
    }
    assertThat(type.compare(new KeyValue(1.0), new KeyValue(1))).isNotZero();
    assertThat(type.compare(new KeyValue("a", 2.0), new KeyValue("a", 2.0))).isZero();
  }

  @Test
  void aFileOfThePlainBackend_opens_andItsUniqueIndexMovesOverAndStillHolds() {
    String file = dir.resolve("mongo.mv").toString();
    run(
        new H2Backend(file),
        logs -> {
          logs.createIndex(
              Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true));
          for (long seq = 1; seq <= 500; seq++) {
            logs.insertOne(new Document("conversationId", "1:" + (seq % 7)).append("seq", seq));
          }
        });

    // the plain backend's pages hold up to 48 keys, the stand-in's split at 16: both kinds in one
    // tree after the first reopen
    for (int open = 1; open <= 2; open++) {
      long expected = 500L + (open - 1) * 100L;
      run(
          new StandInBackend(file),
          logs -> {
            assertThat(logs.countDocuments()).isEqualTo(expected);
            assertThat(logs.find(Filters.eq("seq", 250L)).first()).isNotNull();
            for (long seq : new long[] {1, 250, 500}) {
              Document again = new Document("conversationId", "1:" + (seq % 7)).append("seq", seq);
              assertThatThrownBy(() -> logs.insertOne(again))
                  .isInstanceOf(MongoWriteException.class)
                  .hasMessageContaining("duplicate key");
            }
            for (long seq = expected + 1; seq <= expected + 100; seq++) {
              logs.insertOne(new Document("conversationId", "1:" + (seq % 7)).append("seq", seq));
            }
            List<Long> seqs = new ArrayList<>();
            logs.find(Filters.eq("conversationId", "1:3"))
                .sort(new Document("seq", 1))
                .forEach(d -> seqs.add(d.getLong("seq")));
            List<Long> want = new ArrayList<>();
            for (long seq = 1; seq <= expected + 100; seq++) {
              if (seq % 7 == 3) {
                want.add(seq);
              }
            }
            assertThat(seqs).isEqualTo(want);
          });
    }

    MVStore store = MVStore.open(file);
    assertThat(store.getMapNames())
        .contains("hichat.chat_logs._keys_conversationId_1_seq_1", "hichat.chat_logs._keys__id_")
        .noneMatch(name -> name.contains("._index_"));
    store.close();
  }

  @Test
  void anIndexThePlainBackendIgnored_isBuiltWhenTheStandInOpensTheFile_andKeptAfter() {
    String file = dir.resolve("members.mv").toString();
    run(
        new H2Backend(file),
        members -> {
          members.createIndex(Indexes.ascending("userId"));
          for (long i = 0; i < 300; i++) {
            members.insertOne(new Document("_id", "m" + i).append("userId", i % 10));
          }
        });

    for (int open = 1; open <= 2; open++) {
      run(
          new StandInBackend(file),
          members -> {
            assertThat(members.countDocuments(Filters.eq("userId", 3L))).isEqualTo(30);
            members.updateOne(
                Filters.eq("_id", "m3"), new Document("$set", new Document("userId", 11L)));
            assertThat(members.countDocuments(Filters.eq("userId", 11L))).isEqualTo(1);
            members.updateOne(
                Filters.eq("_id", "m3"), new Document("$set", new Document("userId", 3L)));
          });
    }

    MVStore store = MVStore.open(file);
    assertThat(store.getMapNames()).contains("hichat.chat_logs._secondary_userId_1");
    assertThat(
            store
                .openMap(
                    "hichat.chat_logs._secondary_userId_1",
                    new org.h2.mvstore.MVMap.Builder<de.bwaldvogel.mongo.backend.KeyValue, Object>()
                        .keyType(new IndexKeyType())
                        .valueType(new StoredValueType()))
                .size())
        .isEqualTo(300);
    store.close();
  }

  @Test
  void aDroppedIndex_nolongerRefusesItsKeys() {
    String file = dir.resolve("drop.mv").toString();
    run(
        new StandInBackend(file),
        logs -> {
          String name = logs.createIndex(Indexes.ascending("k"), new IndexOptions().unique(true));
          logs.insertOne(new Document("k", 1));
          assertThatThrownBy(() -> logs.insertOne(new Document("k", 1)))
              .isInstanceOf(MongoWriteException.class);
          logs.dropIndex(name);
          logs.insertOne(new Document("k", 1));
          assertThat(logs.countDocuments(Filters.eq("k", 1))).isEqualTo(2);
        });
    MVStore store = MVStore.open(file);
    assertThat(store.getMapNames()).noneMatch(n -> n.contains("_keys_k_1"));
    store.close();
  }

  private static void run(H2Backend backend, Consumer<MongoCollection<Document>> work) {
    MongoServer server = new MongoServer(backend);
    try {
      InetSocketAddress address = server.bind();
      try (MongoClient client =
          MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
        work.accept(client.getDatabase("hichat").getCollection("chat_logs"));
      }
    } finally {
      server.shutdown();
      backend.close();
    }
  }
}
