package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database of the stand-in whose unique indexes order their keys with {@link KeyOrder}. The
 * index maps keep the names and contents of {@link H2Database}'s, so either opens the other's
 * files.
 */
final class StandInDatabase extends H2Database {

  /** The store while the super constructor runs: it opens the existing indexes already. */
  private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

  private final MVStore store;

  private StandInDatabase(String name, MVStore store, CursorRegistry cursors) {
    super(name, store, cursors);
    this.store = store;
  }

  static StandInDatabase open(String name, MVStore store, CursorRegistry cursors) {
    OPENING.set(store);
    try {
      return new StandInDatabase(name, store, cursors);
    } finally {
      OPENING.remove();
    }
  }

  @Override
  protected Index<Object> openOrCreateUniqueIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    MVMap<KeyValue, Object> map =
        (store != null ? store : OPENING.get())
            .openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
    return new UniqueIndex(map, indexName, keys, sparse);
  }

  /** The same operations as the H2 backend's unique index, over a map with {@link KeyOrder}. */
  static final class UniqueIndex extends AbstractUniqueIndex<Object> {
    private final MVMap<KeyValue, Object> map;

    UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
      super(name, keys, sparse);
      this.map = map;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
      return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
      return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
      return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
      return map.get(key);
    }

    /**
     * mongo-java-server uses a unique index only for a query on exactly its keys; this one also
     * serves a query that has a plain value for each of its keys and more conditions besides (a
     * conditional update such as {@code {_id: x, seq: {$lt: n}}}), which would otherwise scan the
     * whole collection. The collection still matches the found document against the whole query.
     */
    @Override
    public synchronized boolean canHandle(Document query) {
      return super.canHandle(query) || equalityOnKeys(query) != null;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
      if (super.canHandle(query)) {
        return super.getPositions(query);
      }
      Document key = equalityOnKeys(query);
      Object position = key == null ? null : getPosition(key);
      return position == null ? List.of() : List.of(position);
    }

    /** The query's values of this index's keys as a document, when each is a plain value. */
    private Document equalityOnKeys(Document query) {
      Document key = new Document();
      for (String field : keys()) {
        Object value = query.get(field);
        if (field.indexOf('.') >= 0 || !plain(value)) {
          return null;
        }
        key.put(field, value);
      }
      return key;
    }

    /** A value an equality on it means itself: not an operator, document, array or pattern. */
    private static boolean plain(Object value) {
      return value instanceof String
          || value instanceof Number
          || value instanceof Boolean
          || value instanceof ObjectId
          || value instanceof java.time.Instant
          || value instanceof java.util.UUID;
    }

    @Override
    public long getCount() {
      return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
      return map.isEmpty();
    }

    @Override
    public long getDataSize() {
      return getCount();
    }
  }
}
