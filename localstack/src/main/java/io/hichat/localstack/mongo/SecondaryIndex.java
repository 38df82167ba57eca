package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * An index that is not unique, which mongo-java-server does not keep (it logs that it ignores it,
 * and every query on its fields reads the whole collection). Each of a document's keys is stored
 * with the document's position appended, so equal keys of different documents are different
 * entries; a query with a plain value for the first key reads only the entries with its values
 * ({@link KeyScan}).
 *
 * <p>The map is written in the same store commits as the documents, so the two never disagree on
 * disk; the collection fills an empty map from its documents when it opens the index (a file
 * written before the stand-in kept these indexes).
 */
final class SecondaryIndex extends Index<Object> implements OrderedIndex {

  private final IndexMap entries;
  private final MVMap<KeyValue, Object> map;

  SecondaryIndex(IndexMap entries, String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    this.entries = entries;
    this.map = entries.map();
  }

  /** The fields, listed once (the library lists them again at every call, for every key built). */
  @Override
  protected List<String> keys() {
    return entries.fields();
  }

  /**
   * The document's position, which in the H2 collection is its {@code _id}: the collection asks
   * every index before it updates a document, and this one need not look it up (the {@code _id}
   * index answers the same).
   */
  @Override
  public Object getPosition(Document document) {
    return skips(document) ? null : document.get("_id");
  }

  /**
   * Any number of documents may share a key; the keys are built here all the same, so that a
   * document the index cannot hold (two arrays in its fields) is refused before anything is
   * written.
   */
  @Override
  public void checkAdd(Document document, MongoCollection<Object> collection) {
    keysOf(document);
  }

  /** The document's keys, its fields read without the library's path splitting. */
  @Override
  public Set<KeyValue> getKeyValues(Document document) {
    return entries.keyValues(document, super::getKeyValues);
  }

  /** The document's keys, built before anything is written ({@link #add(Set, Object)}). */
  Set<KeyValue> keysOf(Document document) {
    if (skips(document)) {
      return Set.of();
    }
    entries.multikey().note(document, keys());
    return getKeyValues(document);
  }

  @Override
  public synchronized void add(
      Document document, Object position, MongoCollection<Object> collection) {
    add(keysOf(document), position);
  }

  synchronized void add(Set<KeyValue> keys, Object position) {
    for (KeyValue key : keys) {
      map.put(entry(key, position), position);
    }
  }

  @Override
  public synchronized Object remove(Document document) {
    if (skips(document)) {
      return null;
    }
    Object id = document.get("_id");
    Object removed = null;
    for (KeyValue key : getKeyValues(document)) {
      Object position = map.remove(entry(key, id));
      if (position != null) {
        removed = position;
      }
    }
    return removed;
  }

  @Override
  public synchronized boolean canHandle(Document query) {
    return KeyScan.applies(keys(), query);
  }

  @Override
  public synchronized Iterable<Object> getPositions(Document query) {
    return entries.positions(this, query);
  }

  @Override
  public synchronized Iterable<Object> orderedPositions(
      Document query, String field, boolean descending) {
    return entries.ordered(this, query, field, descending);
  }

  /** As {@link #checkAdd}: a new document the index cannot hold is refused before the update. */
  @Override
  public void checkUpdate(
      Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    if (!entries.sameKeyFields(oldDocument, newDocument)) {
      keysOf(newDocument);
    }
  }

  /**
   * Moves the document's entries when an update changed its keys. Most updates change other fields
   * (a read position, a flag): those are told apart by the fields' values, before any key is built.
   */
  @Override
  public synchronized void updateInPlace(
      Document oldDocument,
      Document newDocument,
      Object position,
      MongoCollection<Object> collection) {
    if (entries.sameKeyFields(oldDocument, newDocument)) {
      return;
    }
    Set<KeyValue> before = skips(oldDocument) ? Set.of() : getKeyValues(oldDocument);
    Set<KeyValue> after = keysOf(newDocument);
    for (KeyValue key : before) {
      if (!after.contains(key)) {
        map.remove(entry(key, position));
      }
    }
    for (KeyValue key : after) {
      if (!before.contains(key)) {
        map.put(entry(key, position), position);
      }
    }
  }

  /** A sparse index leaves out a document that has none of its fields. */
  private boolean skips(Document document) {
    if (!isSparse()) {
      return false;
    }
    for (String field : keys()) {
      if (!(IndexMap.value(document, field) instanceof Missing)) {
        return false;
      }
    }
    return true;
  }

  private static KeyValue entry(KeyValue key, Object position) {
    List<Object> values = new ArrayList<>(key.size() + 1);
    key.forEach(values::add);
    values.add(position);
    return new KeyValue(values);
  }

  /** The number of keys (a document with an array holds one per element). */
  @Override
  public long getCount() {
    return map.sizeAsLong();
  }

  @Override
  public long getDataSize() {
    return map.sizeAsLong();
  }

  @Override
  public boolean isEmpty() {
    return map.isEmpty();
  }

  /** Empties the map after a build that failed part way. */
  void clear() {
    entries.clear();
  }

  @Override
  public void drop() {
    // the database removes the map
  }
}
