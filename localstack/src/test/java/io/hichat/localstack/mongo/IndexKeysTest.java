package io.hichat.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.CannotIndexParallelArraysError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * The stand-in's indexes build a document's keys without the library's path splitting; the keys
 * must be exactly the library's, value for value and class for class.
 */
class IndexKeysTest {

  static final List<IndexKey> KEYS = List.of(new IndexKey("a", true), new IndexKey("b", false));

  /** Scalars and documents in both fields: one key each, built without the library. */
  static final List<Object> PLAIN =
      List.of(
          1,
          -7,
          1L,
          (1L << 53) + 1,
          Long.MIN_VALUE,
          1.0,
          -0.0,
          0.0,
          Double.NaN,
          (short) 3,
          "x",
          "",
          true,
          new ObjectId(),
          new Date(0),
          Instant.EPOCH,
          UUID.nameUUIDFromBytes(new byte[] {1}),
          new Document("n", 1).append("m", -0.0),
          new Document("list", List.of(1, 2)));

  @Test
  void plainValues_giveTheLibrarysKey_withoutTheLibrary() {
    MVStore store = new MVStore.Builder().open();
    IndexMap entries = IndexMap.of(map(store, "ix"), KEYS, Multikey.inMemory("ix"));
    var library = new LibraryIndex(KEYS);
    List<Document> documents = new ArrayList<>();
    for (Object a : PLAIN) {
      documents.add(new Document("a", a).append("b", "y"));
      documents.add(new Document("a", "y").append("b", a));
      documents.add(new Document("b", a)); // "a" missing
    }
    documents.add(new Document("a", null).append("b", null));
    documents.add(new Document());
    for (Document document : documents) {
      Set<KeyValue> ours =
          entries.keyValues(
              document,
              d -> {
                throw new AssertionError("went the library's way: " + d);
              });
      Set<KeyValue> theirs = library.getKeyValues(document);
      assertThat(classes(ours)).as("%s", document).isEqualTo(classes(theirs));
      assertThat(ours).as("%s", document).isEqualTo(theirs);
    }
    store.close();
  }

  @Test
  void arrays_goTheLibrarysWay_aKeyPerElement() {
    MVStore store = new MVStore.Builder().open();
    var index = new StandInDatabase.UniqueIndex(map(store, "ix"), "ix", KEYS, false);
    var library = new LibraryIndex(KEYS);
    for (Document document :
        List.of(
            new Document("a", List.of(1, 2L, "z")).append("b", "y"),
            new Document("a", "y").append("b", List.of()),
            new Document("a", List.of(new Document("n", 1))).append("b", 1))) {
      assertThat(index.getKeyValues(document)).isEqualTo(library.getKeyValues(document));
    }
    Document parallel = new Document("a", List.of(1)).append("b", List.of(2));
    assertThatThrownBy(() -> index.getKeyValues(parallel))
        .isInstanceOf(CannotIndexParallelArraysError.class);
    store.close();
  }

  @Test
  void dottedFields_areReadAsTheLibraryReadsThem() {
    List<IndexKey> keys = List.of(new IndexKey("m.n", true), new IndexKey("a", true));
    MVStore store = new MVStore.Builder().open();
    var secondary =
        new SecondaryIndex(
            IndexMap.of(map(store, "sx"), keys, Multikey.inMemory("sx")), "sx", keys, false);
    var library = new LibraryIndex(keys);
    for (Document document :
        List.of(
            new Document("m", new Document("n", 2)).append("a", 1),
            new Document("m", new Document("k", 2)).append("a", 1),
            new Document("m", List.of(new Document("n", 1), new Document("n", 3))).append("a", 1),
            new Document("m", 5).append("a", 1))) {
      assertThat(secondary.getKeyValues(document)).isEqualTo(library.getKeyValues(document));
    }
    assertThat(IndexMap.value(new Document("m", new Document("n", 2)), "m.n")).isEqualTo(2);
    assertThat(IndexMap.value(new Document("a", 1), "b")).isSameAs(Missing.getInstance());
    store.close();
  }

  private static MVMap<KeyValue, Object> map(MVStore store, String name) {
    return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
  }

  private static List<List<String>> classes(Set<KeyValue> keys) {
    List<List<String>> classes = new ArrayList<>();
    for (KeyValue key : keys) {
      List<String> names = new ArrayList<>();
      key.forEach(v -> names.add(v == null ? "null" : v.getClass().getName()));
      classes.add(names);
    }
    return classes;
  }

  /** An index with the library's own key building, and nothing behind it. */
  private static final class LibraryIndex extends AbstractUniqueIndex<Object> {
    LibraryIndex(List<IndexKey> keys) {
      super("library", keys, false);
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
      return null;
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
      return true;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
      return List.of();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
      return null;
    }

    @Override
    public long getCount() {
      return 0;
    }

    @Override
    public long getDataSize() {
      return 0;
    }

    @Override
    public void drop() {}
  }
}
