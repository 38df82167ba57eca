package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.h2.mvstore.MVMap;

/**
 * What the stand-in's indexes ({@link StandInDatabase.UniqueIndex}, {@link SecondaryIndex}) keep:
 * the map of their keys, their fields listed once, and whether they have held an array ({@link
 * Multikey}); and the walks over the map that serve a query ({@link KeyScan}).
 */
record IndexMap(MVMap<KeyValue, Object> map, List<String> fields, Multikey multikey) {

  static IndexMap of(MVMap<KeyValue, Object> map, List<IndexKey> keys, Multikey multikey) {
    return new IndexMap(map, keys.stream().map(IndexKey::getKey).toList(), multikey);
  }

  /** The positions of the entries the query can match ({@link KeyScan#positions}). */
  Iterable<Object> positions(Index<?> index, Document query) {
    KeyScan scan = KeyScan.plan(index, fields, query, multikey);
    return scan == null ? List.of() : scan.positions(map);
  }

  /**
   * The positions sorted by {@code field}, when it is the key after the query's prefix and the
   * entries are in its order ({@link KeyScan#ordered}); null otherwise.
   */
  Iterable<Object> ordered(Index<?> index, Document query, String field, boolean descending) {
    KeyScan scan = KeyScan.plan(index, fields, query, multikey);
    if (scan == null
        || scan.prefixLength() >= fields.size()
        || !fields.get(scan.prefixLength()).equals(field)) {
      return null;
    }
    return scan.ordered(map, fields.size(), descending);
  }

  /**
   * True when both documents hold equal values in the index's fields, so their keys are equal too
   * (values that differ may still normalize to one key, 1 and 1.0: the caller then compares keys).
   */
  boolean sameKeyFields(Document a, Document b) {
    for (String field : fields) {
      if (!Objects.equals(value(a, field), value(b, field))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The document's keys as {@link Index#getKeyValues} builds them: for a document with no array in
   * the index's fields, its one key is built here from the fields read directly ({@link #value});
   * one with an array (a key per element) goes the library's way, {@code general}.
   */
  Set<KeyValue> keyValues(Document document, Function<Document, Set<KeyValue>> general) {
    List<Object> values = new ArrayList<>(fields.size());
    for (String field : fields) {
      Object value = value(document, field);
      if (value instanceof Collection<?>) {
        return general.apply(document);
      }
      values.add(value);
    }
    return Set.of(new KeyValue(values).normalized());
  }

  /**
   * A field's value as {@link Utils#getSubdocumentValueCollectionAware} reads it. The library
   * splits every field name on its dots with a regular expression, at each read: under a chat load
   * that was over a quarter of all the stand-in allocated. A name without a dot is read directly,
   * as the library reads a one-part path.
   */
  static Object value(Document document, String field) {
    if (field.indexOf('.') < 0 && !field.equals("$")) {
      return document.getOrMissing(field);
    }
    return Utils.getSubdocumentValueCollectionAware(document, field);
  }

  /** Empties the map after a build that failed part way. */
  void clear() {
    map.clear();
    multikey.reset();
  }
}
