package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * The part of an index map a query can only match in: the entries whose first keys equal the
 * query's plain values for them, and, when the query bounds the next key by numbers, only those
 * whose next key lies within the bounds. The collection still matches every document it finds
 * against the whole query, so a scan may find more than the query matches, never less.
 *
 * <p>Only conditions every matching document meets are used: a top-level field's plain value or
 * {@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}, {@code $eq} on it, also inside a top-level
 * {@code $and} (which the Java driver writes for {@code Filters.and}); an {@code $or}, {@code $in}
 * or {@code $ne} narrows nothing here.
 *
 * <p>Index keys hold values as mongo-java-server normalizes them: a number as a {@code Double},
 * except a {@code Long} no double represents (beyond 2<sup>53</sup>). {@link IndexKeyType} orders
 * the doubles in one block (NaN last) and those longs right after it, so a numeric range is two
 * walks: the doubles from the lower bound to the upper, then NaN and the large longs. Over an index
 * that has held an array ({@link Multikey}) only the lower bound narrows.
 */
final class KeyScan {

  /** The largest magnitude up to which every integer is a double. */
  private static final double EXACT = 0x1p53;

  private final List<Object> prefix;
  private final boolean ranged;
  private final double low;
  private final double high;
  private final boolean arrays;

  private KeyScan(List<Object> prefix, boolean ranged, double low, double high, boolean arrays) {
    this.prefix = prefix;
    this.ranged = ranged;
    this.low = low;
    this.high = high;
    this.arrays = arrays;
  }

  /** Whether the query gives a plain value for the index's first key (then {@link #plan} scans). */
  static boolean applies(List<String> keys, Document query) {
    String first = keys.get(0);
    return first.indexOf('.') < 0 && plainValue(query, first, 0) != null;
  }

  /**
   * The scan for a query over an index's keys, or null when the query has no plain value for the
   * first key (the collection then reads every document).
   */
  static KeyScan plan(Index<?> index, List<String> keys, Document query, Multikey multikey) {
    Document equal = new Document();
    for (String field : keys) {
      Object value = field.indexOf('.') >= 0 ? null : plainValue(query, field, 0);
      if (value == null) {
        break;
      }
      equal.put(field, value);
    }
    if (equal.isEmpty()) {
      return null;
    }
    // normalized as the index normalizes the documents' values (plain values give one key)
    KeyValue normalized = index.getKeyValues(equal).iterator().next();
    List<Object> prefix = new ArrayList<>(equal.size());
    for (int i = 0; i < equal.size(); i++) {
      prefix.add(normalized.get(i));
    }
    if (equal.size() == keys.size() || keys.get(equal.size()).indexOf('.') >= 0) {
      return new KeyScan(prefix, false, 0, 0, multikey.arrays());
    }
    double[] bounds = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    boolean bounded = bounds(query, keys.get(equal.size()), bounds, 0);
    if (multikey.arrays()) {
      // an array may meet each bound with a different element: only the lower one narrows
      bounds[1] = Double.POSITIVE_INFINITY;
    }
    return new KeyScan(prefix, bounded, bounds[0], bounds[1], multikey.arrays());
  }

  /** The positions of the entries the query can match, in key order, each once. */
  Set<Object> positions(MVMap<KeyValue, Object> map) {
    Set<Object> out = new LinkedHashSet<>();
    if (!ranged) {
      walk(map, new KeyValue(prefix), next -> true, out);
      return out;
    }
    walk(map, keyWith(low), next -> next instanceof Double d && d <= high, out);
    walk(
        map,
        keyWith(Double.NaN),
        next -> (next instanceof Double d && d.isNaN()) || next instanceof Long,
        out);
    return out;
  }

  /**
   * The positions in the order of the key after the prefix, lazily, so that a query with a sort on
   * that key and a limit reads only as far as it needs; null when the index's order is not the
   * sort's. It is when the index never held an array and every entry with the prefix holds a number
   * as a double (not NaN): numbers sort by value, and the entries are in that order. Two looks into
   * the map tell: the prefix's first entry is such a double, and nothing with the prefix sorts
   * after the doubles (NaN, the large longs, strings and the rest).
   */
  Iterable<Object> ordered(MVMap<KeyValue, Object> map, int length, boolean descending) {
    if (arrays || prefix.size() >= length) {
      return null;
    }
    KeyValue first = map.ceilingKey(new KeyValue(prefix));
    if (first == null || !hasPrefix(first) || !number(first.get(prefix.size()))) {
      return null;
    }
    KeyValue last = map.ceilingKey(keyWith(Double.NaN));
    if (last != null && hasPrefix(last)) {
      return null;
    }
    double lowest = ranged ? low : Double.NEGATIVE_INFINITY;
    double highest = ranged ? high : Double.POSITIVE_INFINITY;
    return () ->
        new Iterator<>() {
          // past the highest key: the prefix with NaN sorts after every double of the prefix
          private final Cursor<KeyValue, Object> cursor =
              descending
                  ? map.cursor(keyWith(Double.NaN), null, true)
                  : map.cursor(keyWith(lowest));
          private Object next = advance();

          private Object advance() {
            while (cursor.hasNext()) {
              KeyValue key = cursor.next();
              if (!hasPrefix(key) || !(key.get(prefix.size()) instanceof Double d)) {
                return null;
              }
              if (descending ? d < lowest : d > highest) {
                return null;
              }
              if (d >= lowest && d <= highest) {
                return cursor.getValue();
              }
            }
            return null;
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public Object next() {
            if (next == null) {
              throw new NoSuchElementException();
            }
            Object out = next;
            next = advance();
            return out;
          }
        };
  }

  private static boolean number(Object value) {
    return value instanceof Double d && !d.isNaN();
  }

  /** How many of the index's first keys the query gives a plain value for. */
  int prefixLength() {
    return prefix.size();
  }

  boolean ranged() {
    return ranged;
  }

  private KeyValue keyWith(double next) {
    List<Object> values = new ArrayList<>(prefix);
    values.add(next);
    return new KeyValue(values);
  }

  /** Adds the values from {@code from} on while an entry has the prefix and its next key passes. */
  private void walk(
      MVMap<KeyValue, Object> map, KeyValue from, Predicate<Object> next, Set<Object> out) {
    Cursor<KeyValue, Object> cursor = map.cursor(from);
    while (cursor.hasNext()) {
      KeyValue key = cursor.next();
      if (!hasPrefix(key) || (ranged && !next.test(key.get(prefix.size())))) {
        return;
      }
      out.add(cursor.getValue());
    }
  }

  private boolean hasPrefix(KeyValue key) {
    if (key.size() < prefix.size()) {
      return false;
    }
    for (int i = 0; i < prefix.size(); i++) {
      if (IndexKeyType.compareValues(key.get(i), prefix.get(i)) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Narrows {@code bounds} (low, high) by the query's numeric conditions on {@code field}; true
   * when one was found. A bound that is not a number no double represents exactly is not used.
   */
  private static boolean bounds(Document query, String field, double[] bounds, int depth) {
    boolean found = false;
    if (query.get(field) instanceof Document conditions) {
      for (String operator : conditions.keySet()) {
        double value = exactNumber(conditions.get(operator));
        if (Double.isNaN(value)) {
          continue;
        }
        switch (operator) {
          case "$gt", "$gte" -> {
            bounds[0] = Math.max(bounds[0], value);
            found = true;
          }
          case "$lt", "$lte" -> {
            bounds[1] = Math.min(bounds[1], value);
            found = true;
          }
          case "$eq" -> {
            bounds[0] = Math.max(bounds[0], value);
            bounds[1] = Math.min(bounds[1], value);
            found = true;
          }
          default -> {
            // narrows nothing here; the collection applies it
          }
        }
      }
    }
    if (depth < 4 && query.get("$and") instanceof List<?> all) {
      for (Object condition : all) {
        if (condition instanceof Document d) {
          found |= bounds(d, field, bounds, depth + 1);
        }
      }
    }
    return found;
  }

  /** The number as a double when it is one exactly (or infinite), else NaN. */
  private static double exactNumber(Object value) {
    if (!(value instanceof Integer || value instanceof Long || value instanceof Double)) {
      return Double.NaN;
    }
    double d = ((Number) value).doubleValue();
    if (Double.isInfinite(d)) {
      return d;
    }
    if (Math.abs(d) > EXACT) {
      return Double.NaN;
    }
    return d == 0.0 ? 0.0 : d; // -0.0 is stored as 0.0
  }

  /**
   * The plain value the query requires of a top-level field: given directly, or in one of the
   * conditions of a top-level {@code $and}; null when there is none.
   */
  static Object plainValue(Document query, String field, int depth) {
    Object value = query.get(field);
    if (plain(value)) {
      return value;
    }
    if (depth < 4 && query.get("$and") instanceof List<?> all) {
      for (Object condition : all) {
        if (condition instanceof Document d) {
          Object found = plainValue(d, field, depth + 1);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /** A value an equality on it means itself: not an operator, document, array or pattern. */
  static boolean plain(Object value) {
    return value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof ObjectId
        || value instanceof java.time.Instant
        || value instanceof java.util.UUID;
  }
}
