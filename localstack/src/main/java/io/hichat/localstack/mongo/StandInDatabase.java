package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An H2 database of the stand-in: documents and {@code _id}s are written with {@link
 * StoredValueType}, and unique indexes keep their keys in maps of {@link IndexKeyType}, named
 * {@code <collection>._keys_<index>}. An index map of the plain H2 backend ({@code
 * <collection>._index_<index>}) is moved into the new map the first time the index is opened, so
 * data files of either kind open here; files written here are for the stand-in only.
 */
final class StandInDatabase extends H2Database {

  private static final Logger log = LoggerFactory.getLogger(StandInDatabase.class);

  private static final String ID_FIELD = "_id";

  private static final String DATA_PREFIX = "databases.";
  private static final String META_PREFIX = "meta.";

  /** The store while the super constructor runs: it opens the existing collections already. */
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

  private MVStore store() {
    return store != null ? store : OPENING.get();
  }

  @Override
  protected MongoCollection<Object> openOrCreateCollection(
      String collectionName, CollectionOptions options) {
    String namespace = getFullCollectionNamespace(collectionName);
    MVMap<Object, Document> data =
        store()
            .openMap(
                DATA_PREFIX + namespace,
                new MVMap.Builder<Object, Document>()
                    .keyType(new StoredValueType())
                    .valueType(new StoredValueType()));
    MVMap<String, Object> meta = store().openMap(META_PREFIX + namespace);
    return new ScanLoggingCollection(this, collectionName, options, data, meta, cursorRegistry);
  }

  @Override
  protected Index<Object> openOrCreateUniqueIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    MVStore s = store();
    String mapName = keysMapName(collectionName, indexName);
    boolean fresh = !s.hasMap(mapName);
    MVMap<KeyValue, Object> map = openKeyMap(mapName);
    String plainName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    if (fresh && s.hasMap(plainName)) {
      MVMap<Object, Object> plain = s.openMap(plainName);
      plain.forEach((key, position) -> map.put((KeyValue) key, position));
      s.removeMap(plain);
      log.info(
          "index {} of {}: {} keys moved to the stand-in's key order",
          indexName,
          getFullCollectionNamespace(collectionName),
          map.size());
    }
    return new UniqueIndex(entries(collectionName, indexName, map, keys), indexName, keys, sparse);
  }

  /**
   * An index that is not unique is kept too ({@link SecondaryIndex}), in a map named {@code
   * <collection>._secondary_<index>}.
   */
  @Override
  protected Index<Object> openOrCreateSecondaryIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    MVMap<KeyValue, Object> map = openKeyMap(secondaryMapName(collectionName, indexName));
    return new SecondaryIndex(
        entries(collectionName, indexName, map, keys), indexName, keys, sparse);
  }

  private MVMap<KeyValue, Object> openKeyMap(String name) {
    return store()
        .openMap(
            name,
            new MVMap.Builder<KeyValue, Object>()
                .keyType(new IndexKeyType())
                .valueType(new StoredValueType()));
  }

  /** The index's map with its fields and array record; an empty map has held no array. */
  private IndexMap entries(
      String collectionName, String indexName, MVMap<KeyValue, Object> map, List<IndexKey> keys) {
    return IndexMap.of(
        map, keys, Multikey.open(multikeyMap(collectionName), indexName, map.isEmpty()));
  }

  @Override
  protected void dropIndex(MongoCollection<Object> collection, String indexName) {
    super.dropIndex(collection, indexName);
    store().removeMap(keysMapName(collection.getCollectionName(), indexName));
    store().removeMap(secondaryMapName(collection.getCollectionName(), indexName));
    multikeyMap(collection.getCollectionName()).remove(indexName);
  }

  private MVMap<String, Boolean> multikeyMap(String collectionName) {
    return store().openMap(getFullCollectionNamespace(collectionName) + "._multikey");
  }

  private String secondaryMapName(String collectionName, String indexName) {
    return getFullCollectionNamespace(collectionName) + "._secondary_" + indexName;
  }

  private String keysMapName(String collectionName, String indexName) {
    return getFullCollectionNamespace(collectionName) + "._keys_" + indexName;
  }

  /**
   * H2's collection, saying at debug level when a query finds no index to use and reads every
   * document, and counting its data size when asked rather than at every write.
   */
  static final class ScanLoggingCollection extends H2Collection {

    /** Null while the super constructor runs (it may ask for the data size already). */
    private final MVMap<Object, Document> data;

    ScanLoggingCollection(
        MongoDatabase database,
        String name,
        CollectionOptions options,
        MVMap<Object, Document> data,
        MVMap<String, Object> meta,
        CursorRegistry cursors) {
      super(database, name, options, data, meta, cursors);
      this.data = data;
    }

    /**
     * Runs a query through the index that serves it best, or over every document. An index with a
     * plain value for each of its keys comes first (one entry at most); then the first that can
     * serve it at all, in the order the indexes were made (the library's rule, which took the first
     * even when a later one held the exact key). A query sorted by one field, with a limit, whose
     * index gives its documents in that field's order ({@link OrderedIndex}) reads them in that
     * order and stops at the limit: the latest 20 messages of a conversation read 20 documents, not
     * the conversation.
     */
    @Override
    protected QueryResult queryDocuments(
        Document query,
        Document orderBy,
        int numberToSkip,
        int limit,
        int batchSize,
        Document fieldSelector) {
      Index<Object> index = indexFor(query);
      if (index == null) {
        return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
      }
      if (limit > 0 && orderBy != null && orderBy.size() == 1 && index instanceof OrderedIndex o) {
        String field = orderBy.keySet().iterator().next();
        if (!field.startsWith("$")
            && orderBy.get(field) instanceof Number direction
            && Math.abs(direction.doubleValue()) == 1) {
          Iterable<Object> ordered = o.orderedPositions(query, field, direction.doubleValue() < 0);
          if (ordered != null) {
            return matchDocuments(
                query, ordered, null, numberToSkip, limit, batchSize, fieldSelector);
          }
        }
      }
      return matchDocuments(
          query, index.getPositions(query), orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** The index {@link #queryDocuments} reads for the query; null when none serves it. */
    Index<Object> indexFor(Document query) {
      List<Index<Object>> indexes = getIndexes();
      for (Index<Object> index : indexes) {
        if (index instanceof UniqueIndex unique && unique.exact(query)) {
          return index;
        }
      }
      for (Index<Object> index : indexes) {
        if (index.canHandle(query)) {
          return index;
        }
      }
      return null;
    }

    /**
     * Builds a new index over the documents. A build that fails part way (documents that share a
     * unique key) leaves the keys it put in the index's map, which outlives the failure: the next
     * build of the same index would find the map not empty and trust it. So it is emptied here.
     */
    @Override
    public void addIndex(Index<Object> index) {
      try {
        super.addIndex(index);
      } catch (RuntimeException e) {
        if (index instanceof UniqueIndex unique) {
          unique.clear();
        } else if (index instanceof SecondaryIndex secondary) {
          secondary.clear();
        }
        throw e;
      }
    }

    /**
     * Adds a document looking into each unique index once. The library checks every unique index
     * for the document's keys and then puts them, two B-tree descents per index and insert (the
     * checks were a sixth of the stand-in's work under chat load); here each key is put if absent,
     * and at the first taken one the keys put so far are taken out again and the library's own path
     * runs, which finds the taken key and refuses the document as MongoDB does. A document without
     * an {@code _id}, a sparse unique index or an index of another kind also take the library's
     * path. The collection's lock is held throughout, so nobody sees a key put and taken out again.
     */
    @Override
    public synchronized void addDocument(Document document) {
      Object id = document.get(ID_FIELD);
      List<Index<Object>> indexes = getIndexes();
      if (id == null || id instanceof Collection<?> || !ID_FIELD.equals(getIdField())) {
        super.addDocument(document);
        return;
      }
      List<Set<KeyValue>> secondaryKeys = new ArrayList<>();
      for (Index<Object> index : indexes) {
        if (index instanceof SecondaryIndex secondary) {
          secondaryKeys.add(secondary.keysOf(document));
        } else if (!(index instanceof UniqueIndex unique) || unique.isSparse()) {
          super.addDocument(document);
          return;
        }
      }
      List<Runnable> undo = new ArrayList<>();
      boolean claimed = true;
      try {
        for (Index<Object> index : indexes) {
          if (index instanceof UniqueIndex unique && !unique.claim(document, id, undo)) {
            claimed = false;
            break;
          }
        }
      } catch (RuntimeException e) {
        undo.forEach(Runnable::run);
        throw e;
      }
      if (!claimed) {
        undo.forEach(Runnable::run);
        super.addDocument(document);
        return;
      }
      Object position = addDocumentInternal(document);
      int next = 0;
      for (Index<Object> index : indexes) {
        if (index instanceof SecondaryIndex secondary) {
          secondary.add(secondaryKeys.get(next++), position);
        }
      }
    }

    /**
     * Updates one existing document through {@link SimpleUpdate} when the update is one it takes
     * (the updates of every chat message are); anything else — several documents, array filters, no
     * document matching (an upsert's insert), other operators — goes the library's way. The answer
     * and the oplog entry are the library's: {@code n} 1, {@code nModified} 1 or 0, and a document
     * that does not change is not written.
     */
    @Override
    public synchronized Document updateDocuments(
        Document selector,
        Document updateQuery,
        ArrayFilters arrayFilters,
        boolean isMulti,
        boolean isUpsert,
        Oplog oplog) {
      if (isMulti
          || !arrayFilters.isEmpty()
          || !ID_FIELD.equals(getIdField())
          || !SimpleUpdate.takes(updateQuery, ID_FIELD)) {
        return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
      }
      Iterator<Document> found = queryDocuments(selector, null, 0, 0, 0, null).iterator();
      Document old = found.hasNext() ? found.next() : null;
      Object id = old == null ? null : old.get(ID_FIELD);
      if (id == null) {
        // nothing matched (the library queries once more, then inserts for an upsert)
        return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
      }
      Document updated = SimpleUpdate.apply(old, updateQuery);
      boolean modified = updated != old;
      if (modified) {
        for (Index<Object> index : getIndexes()) {
          index.checkUpdate(old, updated, this);
        }
        for (Index<Object> index : getIndexes()) {
          index.updateInPlace(old, updated, id, this);
        }
        handleUpdate(id, old, updated);
      }
      oplog.handleUpdate(getFullName(), selector, updateQuery, modified ? List.of(id) : List.of());
      Document result = new Document();
      result.put("n", 1);
      result.put("nModified", modified ? 1 : 0);
      return result;
    }

    /**
     * mongo-java-server keeps a collection's data size up to date at every write: each insert
     * encodes the document once more to measure it, each update encodes the document before and
     * after, and each writes the sum to the collection's meta map — about a twentieth of the
     * stand-in's work under chat load, for a figure only {@code collStats}, {@code dbStats} and
     * {@code validate} report. Here the size is measured when one of those asks.
     */
    @Override
    protected boolean tracksDataSize() {
      return false;
    }

    @Override
    protected int getDataSize() {
      if (data == null) {
        return super.getDataSize();
      }
      long total = 0;
      for (Document document : data.values()) {
        total += StoredValueType.bsonSize(document);
      }
      return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    protected QueryResult matchDocuments(
        Document query,
        Document orderBy,
        int numberToSkip,
        int limit,
        int batchSize,
        Document fieldSelector) {
      if (log.isDebugEnabled() && !query.isEmpty()) {
        log.debug("{}: no index for {}; reading every document", getFullName(), query);
      }
      return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
  }

  /** The same operations as the H2 backend's unique index, over a map with {@link IndexKeyType}. */
  static final class UniqueIndex extends AbstractUniqueIndex<Object> implements OrderedIndex {
    private final IndexMap entries;
    private final MVMap<KeyValue, Object> map;

    UniqueIndex(IndexMap entries, String name, List<IndexKey> keys, boolean sparse) {
      super(name, keys, sparse);
      this.entries = entries;
      this.map = entries.map();
    }

    /** An index whose array record is kept in memory only (tests). */
    UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
      this(IndexMap.of(map, keys, Multikey.inMemory(name)), name, keys, sparse);
    }

    /**
     * The fields, listed once (the library lists them again at every call, for every key built).
     */
    @Override
    protected List<String> keys() {
      return entries.fields();
    }

    /** The document's keys, its fields read without the library's path splitting. */
    @Override
    public Set<KeyValue> getKeyValues(Document document) {
      return entries.keyValues(document, super::getKeyValues);
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
     * Puts each of the document's keys that is free, adding to {@code undo} how to take it out
     * again; false at the first taken key, whose own index's keys are taken out already.
     */
    synchronized boolean claim(Document document, Object position, List<Runnable> undo) {
      entries.multikey().note(document, keys());
      List<KeyValue> put = new ArrayList<>();
      for (KeyValue key : getKeyValues(document)) {
        if (!putKeyPosition(key, position)) {
          put.forEach(map::remove);
          return false;
        }
        put.add(key);
      }
      undo.add(() -> put.forEach(map::remove));
      return true;
    }

    /** Open to the collection, which adds documents itself only when no unique index is sparse. */
    @Override
    protected boolean isSparse() {
      return super.isSparse();
    }

    /** Empties the map after a build that failed part way. */
    void clear() {
      entries.clear();
    }

    /**
     * Adds the document's keys without looking each up first. mongo-java-server calls {@code add}
     * only after checking every unique index, under the collection's lock: {@code checkAdd} when a
     * collection adds a document or builds an index over its documents, {@code checkUpdate} before
     * an update moves a document's keys ({@code updateInPlace}). Its own {@code add} ran {@code
     * checkAdd} again: two B-tree lookups per index and insert before the one that puts the key
     * (about a tenth of the stand-in's samples under a 1:1 chat load went to the second one). The
     * put itself still refuses a taken key (as the library does: an index built over documents that
     * share a key meets it here, since the collection checks them all against the empty index
     * first). A sparse index keeps the library's code, which skips documents without its keys.
     */
    @Override
    public synchronized void add(
        Document document, Object position, MongoCollection<Object> collection) {
      entries.multikey().note(document, keys());
      if (isSparse()) {
        super.add(document, position, collection);
        return;
      }
      for (KeyValue key : getKeyValues(document)) {
        if (!putKeyPosition(key, position)) {
          // building the index over documents that share a key: the library's check names it
          super.checkAdd(document, collection);
          throw new IllegalStateException(
              "index " + getName() + ": key " + key + " was taken after the collection checked it");
        }
      }
    }

    /**
     * An update that leaves the index's fields as they were (most: a read position, a flag, a
     * conversation's last message) moves no key and can take none; the library builds both
     * documents' keys to find that out, twice, for every index and update.
     */
    @Override
    public synchronized void checkUpdate(
        Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
      if (!entries.sameKeyFields(oldDocument, newDocument)) {
        entries.multikey().note(newDocument, keys());
        super.checkUpdate(oldDocument, newDocument, collection);
      }
    }

    @Override
    public synchronized void updateInPlace(
        Document oldDocument,
        Document newDocument,
        Object position,
        MongoCollection<Object> collection) {
      if (!entries.sameKeyFields(oldDocument, newDocument)) {
        super.updateInPlace(oldDocument, newDocument, position, collection);
      }
    }

    /**
     * mongo-java-server uses a unique index only for a query on exactly its keys; this one also
     * serves a query that has a plain value for each of its keys and more conditions besides (a
     * conditional update such as {@code {_id: x, seq: {$lt: n}}}, also written {@code {$and: [{_id:
     * x}, {seq: {$lt: n}}]}}), and a query with plain values for its first keys only (a
     * conversation's messages between two seqs: {@link KeyScan}); both would otherwise read the
     * whole collection. The collection still matches each found document against the whole query.
     */
    @Override
    public synchronized boolean canHandle(Document query) {
      return super.canHandle(query) || KeyScan.applies(keys(), query);
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
      if (super.canHandle(query)) {
        return super.getPositions(query);
      }
      Document key = equalityOnKeys(query);
      if (key != null) {
        // a value for every key: one entry at most
        Object position = getPosition(key);
        return position == null ? List.of() : List.of(position);
      }
      return entries.positions(this, query);
    }

    /** Whether the query gives this index's whole key: it finds one entry at most. */
    synchronized boolean exact(Document query) {
      return super.canHandle(query) || equalityOnKeys(query) != null;
    }

    @Override
    public synchronized Iterable<Object> orderedPositions(
        Document query, String field, boolean descending) {
      if (exact(query)) {
        return null; // one entry at most
      }
      return entries.ordered(this, query, field, descending);
    }

    /** The query's values of this index's keys as a document, when each is a plain value. */
    private Document equalityOnKeys(Document query) {
      Document key = new Document();
      for (String field : keys()) {
        Object value = field.indexOf('.') >= 0 ? null : KeyScan.plainValue(query, field, 0);
        if (value == null) {
          return null;
        }
        key.put(field, value);
      }
      return key;
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
