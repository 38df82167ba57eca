package io.hichat.localstack.mongo;

import static io.hichat.localstack.mongo.StandInIndexTest.doc;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries served by a part of an index ({@link KeyScan}: a unique index's first keys, and {@link
 * SecondaryIndex}) find exactly what reading every document finds: each query runs against one
 * collection with the indexes and one without, holding the same documents.
 */
class KeyScanTest {

  @TempDir Path dir;

  StandInBackend backend;
  MongoServer server;
  MongoClient client;
  MongoDatabase db;
  MongoCollection<Document> indexed;
  MongoCollection<Document> plain;

  @BeforeEach
  void start() {
    open();
    indexed.createIndex(
        Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true).name("seq"));
    indexed.createIndex(Indexes.ascending("userId"), new IndexOptions().name("user"));
    indexed.createIndex(
        Indexes.ascending("conversationId", "userId"), new IndexOptions().name("conv_user"));
  }

  private void open() {
    backend = new StandInBackend(dir.resolve("mongo.mv").toString());
    server = new MongoServer(backend);
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    db = client.getDatabase("hichat");
    indexed = db.getCollection("indexed");
    plain = db.getCollection("plain");
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdown();
    backend.close();
  }

  /**
   * Conversations c0..c5; seqs of several number types, some no double holds, a few missing, NaN or
   * strings; user ids of two number types, arrays, null or missing.
   */
  private List<Document> documents() {
    Random random = new Random(7);
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String conversation = "c" + (i % 6);
      long seq = i / 6 + 1;
      Object seqValue =
          switch (i % 7) {
            case 0 -> (int) seq;
            case 1 -> (double) seq;
            case 2 -> seq;
            case 3 -> i % 2 == 0 ? (1L << 60) + i : -(1L << 60) - i; // no double holds it
            default -> seq;
          };
      Document d = new Document("_id", "d" + i).append("conversationId", conversation);
      if (i % 50 == 7) {
        d.append("seq", "text-" + i);
      } else if (i % 50 == 21) {
        // neither element lies between 10 and 30, yet {$gte: 10, $lte: 30} matches the array
        d.append("seq", List.of(-5000L - i, 5000L + i));
      } else if (i == 8 || i == 13) {
        d.append("seq", Double.NaN);
      } else if (i != 9 && i != 16) {
        d.append("seq", seqValue);
      }
      Object user =
          switch (i % 5) {
            case 0 -> (long) random.nextInt(20);
            case 1 -> random.nextInt(20);
            case 2 -> List.of((long) random.nextInt(20), (long) random.nextInt(20));
            case 3 -> null;
            default -> (long) random.nextInt(20);
          };
      if (i % 11 != 0) {
        d.append("userId", user);
      }
      out.add(d);
    }
    return out;
  }

  private List<Bson> queries() {
    List<Bson> q = new ArrayList<>();
    for (String c : List.of("c0", "c3", "missing")) {
      q.add(Filters.eq("conversationId", c));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.gte("seq", 10L)));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.lte("seq", 10)));
      q.add(
          Filters.and(
              Filters.eq("conversationId", c), Filters.gt("seq", 5.5), Filters.lt("seq", 30L)));
      q.add(
          Filters.and(
              Filters.eq("conversationId", c), Filters.gte("seq", 20L), Filters.lte("seq", 20L)));
      q.add(
          Filters.and(
              Filters.eq("conversationId", c), Filters.gte("seq", 10L), Filters.lte("seq", 30L)));
      q.add(
          Filters.and(
              Filters.eq("conversationId", c), Filters.gte("seq", 40L), Filters.lte("seq", 3L)));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.gte("seq", (1L << 60) + 100)));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.lt("seq", -(1L << 59))));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.eq("seq", 12.0)));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.eq("seq", Double.NaN)));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.exists("seq", false)));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.in("seq", 3L, 4, 5.0)));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.ne("userId", 3L)));
      q.add(Filters.and(Filters.eq("conversationId", c), Filters.eq("userId", 4)));
      q.add(
          Filters.or(
              Filters.eq("conversationId", c),
              Filters.and(Filters.eq("userId", 2L), Filters.gte("seq", 50L))));
    }
    for (long user : new long[] {0, 3, 7, 19, 99}) {
      q.add(Filters.eq("userId", user));
      q.add(Filters.eq("userId", (int) user));
      q.add(Filters.eq("userId", (double) user));
      q.add(Filters.and(Filters.eq("userId", user), Filters.eq("conversationId", "c2")));
    }
    q.add(Filters.eq("userId", null));
    q.add(Filters.exists("userId", false));
    return q;
  }

  private void assertSameAnswers(String when) {
    for (Bson query : queries()) {
      List<Object> fromIndex = ids(indexed, query);
      List<Object> fromScan = ids(plain, query);
      assertThat(fromIndex).as(when + ": " + query).isEqualTo(fromScan);
    }
  }

  private static List<Object> ids(MongoCollection<Document> collection, Bson query) {
    return collection
        .find(query)
        .sort(Sorts.ascending("_id"))
        .map(d -> d.get("_id"))
        .into(new ArrayList<>());
  }

  @Test
  void everyQuery_findsWhatReadingEveryDocumentFinds_throughInsertsUpdatesAndDeletes() {
    List<Document> docs = documents();
    indexed.insertMany(docs);
    plain.insertMany(documents());
    assertThat(ids(indexed, Filters.eq("conversationId", "c0"))).hasSize(100);
    assertSameAnswers("inserted");

    for (MongoCollection<Document> c : List.of(indexed, plain)) {
      c.updateMany(Filters.eq("conversationId", "c1"), Updates.set("conversationId", "c9"));
      c.updateMany(Filters.eq("userId", 5L), Updates.set("userId", List.of(6L, 7L)));
      c.updateMany(Filters.eq("userId", 8L), Updates.unset("userId"));
      c.updateMany(Filters.eq("conversationId", "c4"), Updates.inc("seq", 1000));
      c.updateMany(Filters.eq("conversationId", "c5"), Updates.set("read", true));
      c.deleteMany(Filters.and(Filters.eq("conversationId", "c3"), Filters.lt("seq", 40L)));
      c.deleteMany(Filters.eq("userId", 9L));
    }
    assertSameAnswers("updated and deleted");

    stop();
    open();
    assertSameAnswers("reopened");
  }

  @Test
  void aSortedQueryWithALimit_givesTheDocumentsAReadOfEveryDocumentGives() {
    MongoCollection<Document> sortedIndexed = db.getCollection("sorted_indexed");
    MongoCollection<Document> sortedPlain = db.getCollection("sorted_plain");
    sortedIndexed.createIndex(
        Indexes.ascending("conversationId", "seq"), new IndexOptions().unique(true));
    sortedIndexed.createIndex(Indexes.ascending("userId", "at"));
    for (MongoCollection<Document> c : List.of(sortedIndexed, sortedPlain)) {
      List<Document> docs = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        long seq = i / 3 + 1;
        Object value =
            switch (i % 4) {
              case 0 -> (int) seq;
              case 1 -> (double) seq;
              default -> seq;
            };
        docs.add(
            new Document("_id", "s" + i)
                .append("conversationId", "k" + (i % 3))
                .append("seq", i == 7 ? "not a number" : value)
                .append("userId", (long) (i % 5))
                .append("at", (long) i * 7 % 101)
                .append("recalled", i % 10 == 0));
      }
      c.insertMany(docs);
    }
    List<Bson> queries = new ArrayList<>();
    for (String k : List.of("k0", "k1", "k2", "none")) {
      queries.add(Filters.eq("conversationId", k));
      queries.add(Filters.and(Filters.eq("conversationId", k), Filters.lte("seq", 50L)));
      queries.add(
          Filters.and(
              Filters.eq("conversationId", k), Filters.gte("seq", 20), Filters.lte("seq", 60L)));
      queries.add(Filters.and(Filters.eq("conversationId", k), Filters.ne("recalled", true)));
    }
    queries.add(Filters.eq("userId", 3L));
    queries.add(Filters.and(Filters.eq("userId", 2L), Filters.gt("at", 40L)));
    for (Bson query : queries) {
      for (var sort :
          List.of(Sorts.ascending("seq"), Sorts.descending("seq"), Sorts.descending("at"))) {
        for (int[] page : new int[][] {{0, 1}, {0, 20}, {5, 7}, {0, 500}}) {
          assertThat(page(sortedIndexed, query, sort, page))
              .as(query + " " + sort + " " + page[0] + "/" + page[1])
              .isEqualTo(page(sortedPlain, query, sort, page));
        }
      }
    }
  }

  private static List<Object> page(
      MongoCollection<Document> collection, Bson query, Bson sort, int[] skipAndLimit) {
    return collection
        .find(query)
        .sort(sort)
        .skip(skipAndLimit[0])
        .limit(skipAndLimit[1])
        .map(d -> d.get("_id"))
        .into(new ArrayList<>());
  }

  @Test
  void aSecondaryIndexAddedLater_isBuiltFromTheDocuments() {
    MongoCollection<Document> members = db.getCollection("members");
    members.insertMany(
        List.of(
            new Document("_id", "a").append("userId", 1L),
            new Document("_id", "b").append("userId", 2L),
            new Document("_id", "c").append("userId", 1L)));

    members.createIndex(Indexes.ascending("userId"));

    assertThat(ids(members, Filters.eq("userId", 1L))).containsExactly("a", "c");
    members.insertOne(new Document("_id", "d").append("userId", 1));
    members.updateOne(Filters.eq("_id", "a"), Updates.set("userId", 2L));
    assertThat(ids(members, Filters.eq("userId", 1L))).containsExactly("c", "d");
    assertThat(ids(members, Filters.eq("userId", 2L))).containsExactly("a", "b");
    members.dropIndex(Indexes.ascending("userId"));
    assertThat(ids(members, Filters.eq("userId", 2L))).containsExactly("a", "b");
  }

  @Test
  void aPrefixQuery_readsOnlyItsPartOfTheIndex() {
    MVStore store = new MVStore.Builder().open();
    MVMap<KeyValue, Object> map =
        store.openMap("ix", new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
    var index =
        new StandInDatabase.UniqueIndex(
            map,
            "conversation_seq",
            List.of(new IndexKey("conversationId", true), new IndexKey("seq", true)),
            false);
    for (String c : List.of("a", "b", "c")) {
      for (long seq = 1; seq <= 100; seq++) {
        index.add(doc("_id", c + seq, "conversationId", c, "seq", seq), c + seq, null);
      }
    }
    index.add(doc("_id", "b-huge", "conversationId", "b", "seq", (1L << 60) + 1), "b-huge", null);

    var range =
        doc(
            "$and",
            List.of(
                doc("conversationId", "b"),
                doc("seq", doc("$gte", 41L)),
                doc("seq", doc("$lte", 45L))));
    KeyScan scan =
        KeyScan.plan(index, List.of("conversationId", "seq"), range, Multikey.inMemory("x"));

    assertThat(scan.ranged()).isTrue();
    assertThat(index.getPositions(range))
        .containsExactly("b41", "b42", "b43", "b44", "b45", "b-huge");
    assertThat(index.getPositions(doc("conversationId", "c", "text", "x"))).hasSize(100);
    assertThat(index.getPositions(doc("conversationId", "d"))).isEmpty();

    // in seq order, lazily, where every seq of the conversation is a number a double holds
    assertThat(index.orderedPositions(doc("conversationId", "a"), "seq", true))
        .startsWith("a100", "a99", "a98");
    assertThat(index.orderedPositions(range, "seq", false))
        .as("b holds a seq no double holds")
        .isNull();
    assertThat(index.orderedPositions(doc("conversationId", "c"), "text", false)).isNull();
    store.close();
  }
}
