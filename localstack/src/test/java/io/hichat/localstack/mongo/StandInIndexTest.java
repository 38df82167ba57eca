package io.hichat.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries with a value for each key of a unique index and more conditions besides. */
class StandInIndexTest {

  @TempDir Path dir;

  StandInBackend backend;
  MongoServer server;
  MongoClient client;
  MongoCollection<Document> logs;
  MongoCollection<Document> conversations;

  @BeforeEach
  void start() {
    backend = new StandInBackend(dir.resolve("mongo.mv").toString());
    server = new MongoServer(backend);
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    logs = client.getDatabase("hichat").getCollection("chat_logs");
    conversations = client.getDatabase("hichat").getCollection("conversation");
    logs.createIndex(Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true));
    for (long seq = 1; seq <= 50; seq++) {
      logs.insertOne(
          new Document("conversationId", "1_" + (seq % 5 + 2))
              .append("seq", seq)
              .append("text", "m" + seq));
    }
    for (int i = 0; i < 20; i++) {
      conversations.insertOne(new Document("_id", "c" + i).append("seq", 10L));
    }
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdown();
    backend.close();
  }

  List<Document> find(org.bson.conversions.Bson filter) {
    return logs.find(filter).into(new ArrayList<>());
  }

  @Test
  void aQueryWithTheIndexKeysAndMore_findsExactlyWhatItMatches() {
    assertThat(find(Filters.and(Filters.eq("conversationId", "1_3"), Filters.eq("seq", 11L))))
        .extracting(d -> d.getString("text"))
        .containsExactly("m11");
    assertThat(
            find(
                Filters.and(
                    Filters.eq("conversationId", "1_3"),
                    Filters.eq("seq", 11),
                    Filters.eq("text", "m11"))))
        .hasSize(1);
    assertThat(
            find(
                Filters.and(
                    Filters.eq("conversationId", "1_3"),
                    Filters.eq("seq", 11L),
                    Filters.eq("text", "other"))))
        .isEmpty();
    assertThat(
            find(
                Filters.and(
                    Filters.eq("conversationId", "1_9"),
                    Filters.eq("seq", 11L),
                    Filters.exists("text"))))
        .isEmpty();
    // a plain value for the first key only: the index gives the conversation's entries
    assertThat(
            find(
                Filters.and(
                    Filters.eq("conversationId", "1_3"),
                    Filters.lt("seq", 20L),
                    Filters.exists("text"))))
        .extracting(d -> d.getString("text"))
        .containsExactlyInAnyOrder("m1", "m6", "m11", "m16");
  }

  @Test
  void theIndexServes_plainValuesForAllItsKeys_withMoreConditionsBesides() {
    MVStore store = new MVStore.Builder().open();
    var index =
        new StandInDatabase.UniqueIndex(
            store.openMap("ix", new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType())),
            "conversation_seq",
            List.of(new IndexKey("conversationId", true), new IndexKey("seq", true)),
            false);
    var lt = new de.bwaldvogel.mongo.bson.Document("$lt", 3L);

    assertThat(index.canHandle(doc("conversationId", "c", "seq", 2L))).isTrue();
    assertThat(index.canHandle(doc("conversationId", "c", "seq", 2L, "text", "x"))).isTrue();
    assertThat(index.canHandle(doc("conversationId", "c", "seq", 2L, "readSeq", lt))).isTrue();
    // a plain value for the first key: the index gives that key's entries (KeyScan)
    assertThat(index.canHandle(doc("conversationId", "c", "seq", lt, "text", "x"))).isTrue();
    assertThat(index.canHandle(doc("conversationId", "c", "text", "x"))).isTrue();
    assertThat(index.canHandle(doc("seq", 2L, "text", "x"))).isFalse();
    // the driver writes Filters.and(eq(..), lt(..)) as a top-level $and
    assertThat(
            index.canHandle(
                doc("$and", List.of(doc("conversationId", "c"), doc("seq", 2L), doc("x", lt)))))
        .isTrue();
    assertThat(
            index.canHandle(
                doc("seq", 2L, "$and", List.of(doc("$and", List.of(doc("conversationId", "c")))))))
        .isTrue();
    assertThat(index.canHandle(doc("$and", List.of(doc("conversationId", "c"), doc("seq", lt)))))
        .isTrue();
    assertThat(index.canHandle(doc("$or", List.of(doc("conversationId", "c"), doc("seq", 2L)))))
        .isFalse();

    index.add(doc("_id", "m2", "conversationId", "c", "seq", 2.0), "m2", null);
    assertThat(
            index.getPositions(
                doc("$and", List.of(doc("conversationId", "c"), doc("seq", 2.0), doc("x", lt)))))
        .containsExactly("m2");
    store.close();
  }

  static de.bwaldvogel.mongo.bson.Document doc(Object... pairs) {
    var d = new de.bwaldvogel.mongo.bson.Document();
    for (int i = 0; i < pairs.length; i += 2) {
      d.put((String) pairs[i], pairs[i + 1]);
    }
    return d;
  }

  @Test
  void aConditionalUpdateById_appliesOnlyWhenItsConditionHolds() {
    var behind = Filters.and(Filters.eq("_id", "c7"), Filters.lt("seq", 12L));
    assertThat(conversations.updateOne(behind, Updates.set("seq", 12L)).getModifiedCount())
        .isEqualTo(1);
    assertThat(conversations.updateOne(behind, Updates.set("seq", 12L)).getModifiedCount())
        .isZero();
    assertThat(conversations.find(Filters.eq("_id", "c7")).first().getLong("seq")).isEqualTo(12L);
    assertThat(conversations.find(Filters.eq("_id", "c8")).first().getLong("seq")).isEqualTo(10L);
    assertThat(
            conversations
                .updateOne(
                    Filters.and(Filters.eq("_id", "missing"), Filters.lt("seq", 99L)),
                    Updates.set("seq", 1L))
                .getMatchedCount())
        .isZero();
  }

  @Test
  void aTakenKey_isRefusedWithE11000_andAnOrderedInsertStopsThere() {
    var taken =
        assertThrows(
            MongoWriteException.class,
            () -> logs.insertOne(new Document("conversationId", "1_3").append("seq", 1L)));
    assertThat(taken.getCode()).isEqualTo(11000);

    var stopped =
        assertThrows(
            MongoBulkWriteException.class,
            () ->
                logs.insertMany(
                    List.of(
                        new Document("conversationId", "1_9").append("seq", 1L),
                        new Document("conversationId", "1_3").append("seq", 6L),
                        new Document("conversationId", "1_9").append("seq", 2L))));
    assertThat(stopped.getWriteErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getCode()).isEqualTo(11000);
              assertThat(e.getIndex()).isEqualTo(1);
            });

    assertThat(logs.countDocuments()).isEqualTo(51);
    assertThat(find(Filters.eq("conversationId", "1_9")))
        .extracting(d -> d.getLong("seq"))
        .containsExactly(1L);
    assertThat(find(Filters.and(Filters.eq("conversationId", "1_3"), Filters.eq("seq", 6L))))
        .extracting(d -> d.getString("text"))
        .containsExactly("m6");
    assertThat(
            assertThrows(
                    MongoWriteException.class,
                    () -> logs.insertOne(new Document("conversationId", "1_9").append("seq", 1L)))
                .getCode())
        .as("the key added before the refusal is in the index")
        .isEqualTo(11000);
  }

  @Test
  void theDataSize_isTheStoredDocumentsBsonSize_afterInsertsUpdatesAndDeletes() {
    conversations.updateOne(Filters.eq("_id", "c3"), Updates.set("lastMsg", "x".repeat(300)));
    conversations.updateOne(Filters.eq("_id", "c4"), Updates.unset("seq"));
    conversations.deleteOne(Filters.eq("_id", "c5"));

    long expected = 0;
    for (Document d : conversations.find()) {
      expected +=
          new org.bson.RawBsonDocument(d, new org.bson.codecs.DocumentCodec())
              .getByteBuffer()
              .remaining();
    }
    Document stats =
        client.getDatabase("hichat").runCommand(new Document("collStats", "conversation"));

    assertThat(stats.get("count", Number.class).longValue()).isEqualTo(19);
    assertThat(stats.get("size", Number.class).longValue()).isEqualTo(expected);
  }

  @Test
  void aDocumentRefusedByItsSecondUniqueIndex_leavesNoKeyInTheFirst() {
    MongoCollection<Document> sent = client.getDatabase("hichat").getCollection("sent");
    sent.createIndex(Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true));
    sent.createIndex(
        Indexes.ascending("conversationId", "clientMsgId"), new IndexOptions().unique(true));
    sent.insertOne(
        new Document("conversationId", "1_9").append("seq", 1L).append("clientMsgId", "a"));

    var taken =
        assertThrows(
            MongoWriteException.class,
            () ->
                sent.insertOne(
                    new Document("_id", "x")
                        .append("conversationId", "1_9")
                        .append("seq", 2L)
                        .append("clientMsgId", "a")));

    assertThat(taken.getCode()).isEqualTo(11000);
    assertThat(taken.getMessage()).contains("clientMsgId");
    // neither its _id nor its seq stayed taken
    sent.insertOne(
        new Document("_id", "x")
            .append("conversationId", "1_9")
            .append("seq", 2L)
            .append("clientMsgId", "b"));
    assertThat(sent.find(Filters.eq("conversationId", "1_9")).into(new ArrayList<>()))
        .extracting(d -> d.getString("clientMsgId"))
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void aUniqueIndexOverDocumentsSharingAKey_isRefused_andBuildsWholeOnceTheyDiffer() {
    // the setup's 50 messages have no clientMsgId: five conversations share the key (c, null)
    var refused =
        assertThrows(
            com.mongodb.MongoServerException.class,
            () ->
                logs.createIndex(
                    Indexes.ascending("conversationId", "clientMsgId"),
                    new IndexOptions().unique(true)));
    assertThat(refused.getCode()).isEqualTo(11000);
    assertThat(refused.getMessage()).contains("duplicate key");

    for (Document d : logs.find().into(new ArrayList<>())) {
      logs.updateOne(
          Filters.eq("_id", d.get("_id")), Updates.set("clientMsgId", d.getString("text")));
    }
    logs.createIndex(
        Indexes.ascending("conversationId", "clientMsgId"), new IndexOptions().unique(true));

    var taken =
        assertThrows(
            MongoWriteException.class,
            () ->
                logs.insertOne(new Document("conversationId", "1_3").append("clientMsgId", "m6")));
    assertThat(taken.getCode()).isEqualTo(11000);
    logs.insertOne(
        new Document("conversationId", "1_3").append("clientMsgId", "new").append("seq", 99L));
    assertThat(logs.countDocuments()).isEqualTo(51);
  }

  @Test
  void aDocumentASecondaryIndexCannotHold_isRefusedBeforeAnythingIsWritten() {
    MongoCollection<Document> tags = client.getDatabase("hichat").getCollection("tags");
    tags.createIndex(Indexes.ascending("a", "b"));
    tags.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));

    assertThrows(
        MongoWriteException.class,
        () ->
            tags.insertOne(
                new Document("name", "n").append("a", List.of(1, 2)).append("b", List.of(3, 4))));

    assertThat(tags.countDocuments()).isZero();
    tags.insertOne(new Document("name", "n").append("a", List.of(1, 2)).append("b", 3));
    assertThat(tags.find(Filters.eq("a", 2)).into(new ArrayList<>())).hasSize(1);
  }

  @Test
  void aQueryGoesThroughTheIndexThatHoldsItsWholeKey_beforeOneThatHoldsItsFirstKey() {
    MongoCollection<Document> sent = client.getDatabase("hichat").getCollection("sent");
    sent.createIndex(Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true));
    sent.createIndex(
        Indexes.ascending("conversationId", "sendId", "clientMsgId"),
        new IndexOptions().unique(true).name("client"));
    for (long seq = 1; seq <= 5; seq++) {
      sent.insertOne(
          new Document("conversationId", "1_3")
              .append("seq", seq)
              .append("sendId", 3L)
              .append("clientMsgId", "k" + seq));
    }
    var collection =
        (StandInDatabase.ScanLoggingCollection)
            backend.resolveDatabase("hichat").resolveCollection("sent", true);

    var exact = doc("conversationId", "1_3", "sendId", 3L, "clientMsgId", "k4");
    assertThat(collection.indexFor(exact).getName()).isEqualTo("client");
    assertThat(collection.indexFor(doc("conversationId", "1_3", "sendId", 3L)).getName())
        .isEqualTo("conversationId_1_seq_1");
    assertThat(collection.indexFor(doc("clientMsgId", "k4"))).isNull();
    assertThat(
            sent.find(
                    Filters.and(
                        Filters.eq("conversationId", "1_3"),
                        Filters.eq("sendId", 3L),
                        Filters.eq("clientMsgId", "k4")))
                .into(new ArrayList<>()))
        .extracting(d -> d.getLong("seq"))
        .containsExactly(4L);
  }

  @Test
  void aSparseUniqueIndex_skipsDocumentsWithoutItsKey_andRefusesATakenOne() {
    MongoCollection<Document> devices = client.getDatabase("hichat").getCollection("devices");
    devices.createIndex(Indexes.ascending("token"), new IndexOptions().unique(true).sparse(true));

    devices.insertOne(new Document("name", "a"));
    devices.insertOne(new Document("name", "b"));
    devices.insertOne(new Document("name", "c").append("token", "t1"));
    var taken =
        assertThrows(
            MongoWriteException.class,
            () -> devices.insertOne(new Document("name", "d").append("token", "t1")));

    assertThat(taken.getCode()).isEqualTo(11000);
    assertThat(devices.countDocuments()).isEqualTo(3);
    assertThat(devices.find(Filters.eq("token", "t1")).first().getString("name")).isEqualTo("c");
  }

  @Test
  void anUpdateThatMovesAKey_freesTheOldOne_andCannotTakeAnother() {
    var moved = Filters.and(Filters.eq("conversationId", "1_3"), Filters.eq("seq", 1L));
    assertThat(logs.updateOne(moved, Updates.set("seq", 100L)).getModifiedCount()).isEqualTo(1);

    logs.insertOne(new Document("conversationId", "1_3").append("seq", 1L).append("text", "again"));
    var taken =
        assertThrows(
            MongoWriteException.class,
            () -> logs.insertOne(new Document("conversationId", "1_3").append("seq", 100L)));
    var clash =
        assertThrows(
            MongoWriteException.class,
            () ->
                logs.updateOne(
                    Filters.and(Filters.eq("conversationId", "1_3"), Filters.eq("seq", 6L)),
                    Updates.set("seq", 100L)));

    assertThat(taken.getCode()).isEqualTo(11000);
    assertThat(clash.getCode()).isEqualTo(11000);
    assertThat(find(Filters.eq("conversationId", "1_3")))
        .extracting(d -> d.getLong("seq"))
        .containsExactlyInAnyOrder(1L, 6L, 11L, 16L, 21L, 26L, 31L, 36L, 41L, 46L, 100L);
  }
}
