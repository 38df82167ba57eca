package io.hichat.localstack.mongo;

import static io.hichat.localstack.mongo.StandInIndexTest.doc;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-in's update path ({@link SimpleUpdate}) gives what mongo-java-server's own updates
 * give: every update of a random sequence runs against the stand-in and against the library's H2
 * backend, holding the same documents and indexes, and both answer alike — matched, modified and
 * upserted counts, or the same error code — and hold the same documents after, types and field
 * order included.
 */
class SimpleUpdateTest {

  private static final JsonWriterSettings EXACT =
      JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

  @TempDir Path dir;

  final List<AutoCloseable> open = new ArrayList<>();
  MongoCollection<Document> standIn;
  MongoCollection<Document> library;

  @BeforeEach
  void start() {
    StandInBackend backend = new StandInBackend(dir.resolve("mongo.mv").toString());
    standIn = collection(backend);
    library = collection(new H2Backend(MVStore.open(null)));
  }

  /**
   * A unique index on {@code u} on both; on the stand-in also a secondary index on {@code k} (the
   * library does without secondary indexes; one on a single field changes no answer).
   */
  private void indexes() {
    for (MongoCollection<Document> c : List.of(standIn, library)) {
      c.createIndex(Indexes.ascending("u"), new IndexOptions().unique(true));
    }
    standIn.createIndex(Indexes.ascending("k"));
  }

  private MongoCollection<Document> collection(de.bwaldvogel.mongo.MongoBackend backend) {
    MongoServer server = new MongoServer(backend);
    InetSocketAddress address = server.bind();
    MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    open.add(client::close);
    open.add(server::shutdown);
    open.add(backend::close);
    return client.getDatabase("hichat").getCollection("members");
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  @Test
  void aRandomSequenceOfUpdatesEndsTheSameOnBothServers() {
    indexes();
    Random random = new Random(11);
    for (int i = 0; i < 30; i++) {
      Document d =
          new Document("_id", "m" + i)
              .append("n", value(random))
              .append("k", "a")
              .append("u", "u" + i);
      standIn.insertOne(d);
      library.insertOne(new Document(d));
    }
    int simple = 0;
    for (int step = 0; step < 1500; step++) {
      Document update = new Document();
      boolean plain = random.nextInt(10) < 7;
      int operators = 1 + random.nextInt(3);
      for (int o = 0; o < operators; o++) {
        String op = plain ? pick(random, "$set", "$max", "$setOnInsert") : otherOperator(random);
        Document fields = update.get(op, Document.class);
        if (fields == null) {
          fields = new Document();
          update.append(op, fields);
        }
        fields.append(plain ? plainField(random) : anyField(random), value(random));
      }
      simple += plain ? 1 : 0;
      String id = "m" + random.nextInt(35); // m30..m34 do not exist: upserts or no match
      boolean upsert = random.nextBoolean();
      String a = outcome(standIn, id, update, upsert);
      String b = outcome(library, id, update, upsert);
      assertThat(a).as("update %s of %s (upsert %s)", update.toJson(), id, upsert).isEqualTo(b);
      assertThat(documents(standIn)).as("after %s", update.toJson()).isEqualTo(documents(library));
    }
    assertThat(simple).as("updates of the kind the stand-in's path takes").isGreaterThan(900);
  }

  @Test
  void theUpdatesOfAChatMessageAreAnsweredAsTheLibraryAnswersThem() {
    for (MongoCollection<Document> c : List.of(standIn, library)) {
      c.insertOne(new Document("_id", "7_1_2").append("readSeq", 4L).append("isShow", false));
      c.insertOne(new Document("_id", "c").append("seq", 4L));
    }
    for (MongoCollection<Document> c : List.of(standIn, library)) {
      UpdateOptions upsert = new UpdateOptions().upsert(true);
      Document sent =
          Document.parse(
              "{$max: {readSeq: 9}, $set: {isShow: true}, $setOnInsert: {userId: 7, isTop: false}}");
      Document again = Document.parse("{$max: {readSeq: 5}, $set: {isShow: true}}");
      Document advance =
          Document.parse("{$set: {seq: 9, lastMsg: {id: 'x', seq: 9, text: 'hi'}, updatedAt: 12}}");
      assertThat(describe(c.updateOne(Filters.eq("_id", "7_1_2"), sent, upsert)))
          .isEqualTo("matched 1 modified 1 upserted null");
      assertThat(describe(c.updateOne(Filters.eq("_id", "7_1_2"), again, upsert)))
          .isEqualTo("matched 1 modified 0 upserted null");
      assertThat(
              describe(
                  c.updateOne(
                      Filters.and(Filters.eq("_id", "c"), Filters.lt("seq", 9L)), advance, upsert)))
          .isEqualTo("matched 1 modified 1 upserted null");
    }
    assertThat(documents(standIn)).isEqualTo(documents(library));
    assertThat(documents(standIn))
        .containsExactly(
            "{\"_id\": \"7_1_2\", \"readSeq\": {\"$numberInt\": \"9\"}, \"isShow\": true}",
            "{\"_id\": \"c\", \"seq\": {\"$numberInt\": \"9\"}, \"lastMsg\": {\"id\": \"x\","
                + " \"seq\": {\"$numberInt\": \"9\"}, \"text\": \"hi\"}, \"updatedAt\":"
                + " {\"$numberInt\": \"12\"}}");
  }

  @Test
  void aSetThatTakesAUniqueKeyIsRefusedAndChangesNothing() {
    indexes();
    for (MongoCollection<Document> c : List.of(standIn, library)) {
      c.insertOne(new Document("_id", "a").append("u", "taken"));
      c.insertOne(new Document("_id", "b").append("u", "free").append("n", 1));
    }
    for (MongoCollection<Document> c : List.of(standIn, library)) {
      assertThat(outcome(c, "b", Document.parse("{$set: {u: 'taken', n: 2}}"), false))
          .isEqualTo("error 11000");
    }
    assertThat(documents(standIn)).isEqualTo(documents(library));
    assertThat(standIn.find(Filters.eq("u", "free")).first()).containsEntry("n", 1);
    assertThat(standIn.find(Filters.eq("u", "taken")).first()).containsEntry("_id", "a");
  }

  @Test
  void theStandInsPathTakesOnlyTopLevelSetMaxAndSetOnInsert() {
    var old = doc("_id", "a", "n", 1, "s", "x");
    assertThat(SimpleUpdate.apply(old, doc("$set", doc("n", 1)))).isSameAs(old);
    assertThat(SimpleUpdate.apply(old, doc("$max", doc("n", 0L)))).isSameAs(old);
    assertThat(SimpleUpdate.apply(old, doc("$setOnInsert", doc("z", 1)))).isSameAs(old);
    assertThat(
            SimpleUpdate.takes(
                doc("$max", doc("n", 3L), "$set", doc("t", 2), "$setOnInsert", doc("z", 1)), "_id"))
        .isTrue();
    var changed = SimpleUpdate.apply(old, doc("$max", doc("n", 3L), "$set", doc("t", 2)));
    assertThat(changed).isNotSameAs(old);
    assertThat(changed.keySet()).containsExactly("_id", "n", "s", "t");
    assertThat(changed.get("n")).isEqualTo(3L);
    assertThat(old.get("n")).as("the stored document is not changed in place").isEqualTo(1);
    for (var other :
        List.of(
            doc("$inc", doc("n", 1)),
            doc("$unset", doc("n", "")),
            doc("$set", doc("a.b", 1)),
            doc("$set", doc("$x", 1)),
            doc("$set", doc("_id", "b")),
            doc("$set", doc("n", 1), "$max", doc("n", 2)),
            doc("$set", doc()),
            doc("$set", 1),
            doc("n", 1),
            doc())) {
      assertThat(SimpleUpdate.takes(other, "_id")).as("%s", other).isFalse();
    }
  }

  private static String outcome(
      MongoCollection<Document> c, String id, Document update, boolean upsert) {
    try {
      return describe(
          c.updateOne(Filters.eq("_id", id), update, new UpdateOptions().upsert(upsert)));
    } catch (MongoException e) {
      return "error " + e.getCode();
    }
  }

  private static String describe(UpdateResult r) {
    return "matched "
        + r.getMatchedCount()
        + " modified "
        + r.getModifiedCount()
        + " upserted "
        + (r.getUpsertedId() == null ? null : r.getUpsertedId().toString());
  }

  private static List<String> documents(MongoCollection<Document> c) {
    List<String> out = new ArrayList<>();
    for (Document d : c.find().sort(new Document("_id", 1))) {
      out.add(d.toJson(EXACT));
    }
    return out;
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  private static String plainField(Random random) {
    return pick(random, "n", "m", "k", "u", "flag", "sub");
  }

  private static String anyField(Random random) {
    return pick(random, "n", "m", "u", "sub.x", "sub", "_id", "$bad", "list.0");
  }

  private static String otherOperator(Random random) {
    return pick(random, "$set", "$max", "$min", "$inc", "$unset", "$setOnInsert");
  }

  /** Values of several BSON types, including ones that compare or normalize across types. */
  private static Object value(Random random) {
    return switch (random.nextInt(14)) {
      case 0 -> random.nextInt(5);
      case 1 -> (long) random.nextInt(5);
      case 2 -> (double) random.nextInt(5);
      case 3 -> random.nextBoolean() ? -0.0 : 0.0;
      case 4 -> Double.NaN;
      case 5 -> "s" + random.nextInt(3);
      case 6 -> null;
      case 7 -> random.nextBoolean();
      case 8 -> new Document("x", random.nextInt(3)).append("y", "z");
      case 9 -> new Document("x", (long) random.nextInt(3)).append("y", "z");
      case 10 -> List.of(1, random.nextInt(3));
      case 11 -> new Date(1_000L * random.nextInt(3));
      case 12 -> "u" + random.nextInt(40);
      default -> Long.MAX_VALUE - random.nextInt(2);
    };
  }
}
