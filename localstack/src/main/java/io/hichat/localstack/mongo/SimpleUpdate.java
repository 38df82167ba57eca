package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.backend.LibraryValueRules;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stand-in's path for the updates HiChat makes at every message: {@code $set}, {@code $max} and
 * {@code $setOnInsert} of top-level fields of one existing document. mongo-java-server copies the
 * whole document twice for any update (a deep clone to compare against, and a second one to
 * change), splits every field name with a regular expression and checks the operators with streams:
 * under chat load its updates were over a quarter of the stand-in's CPU and over a third of what it
 * allocated. Here the new document is a shallow copy with the changed fields put, and each field is
 * decided by the library's own rules ({@link LibraryValueRules}), so the result is the library's:
 * the same values, types and field order, and no write when nothing changes.
 *
 * <p>Anything else — another operator, a dotted, positional or {@code $} field, the id field, a
 * field named twice, an operator that is not a document or is empty — is not taken here ({@link
 * #takes}) and goes the library's way, which also raises its errors.
 */
final class SimpleUpdate {

  private static final Set<String> OPERATORS = Set.of("$set", "$max", "$setOnInsert");

  private SimpleUpdate() {}

  /**
   * Whether this path takes {@code update}: only {@code $set}, {@code $max} and {@code
   * $setOnInsert}, each a non-empty document of top-level fields, none of them the id field, no
   * field named twice. Decided before any document is read.
   */
  static boolean takes(Document update, String idField) {
    if (update.isEmpty()) {
      return false;
    }
    Set<String> named = new HashSet<>();
    for (Map.Entry<String, Object> operator : update.entrySet()) {
      if (!OPERATORS.contains(operator.getKey())
          || !(operator.getValue() instanceof Document fields)
          || fields.isEmpty()) {
        return false;
      }
      for (String key : fields.keySet()) {
        if (!plain(key) || key.equals(idField) || !named.add(key)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * What an update this path {@link #takes} makes of the existing document {@code old}: a new
   * document, or {@code old} itself when nothing changes.
   */
  static Document apply(Document old, Document update) {
    List<Map.Entry<String, Object>> changes = new ArrayList<>(4);
    for (Map.Entry<String, Object> operator : update.entrySet()) {
      boolean set = operator.getKey().equals("$set");
      boolean max = operator.getKey().equals("$max");
      // $setOnInsert of a document that exists already changes nothing
      for (Map.Entry<String, Object> field : ((Document) operator.getValue()).entrySet()) {
        String key = field.getKey();
        Object value = field.getValue();
        if (set ? changedBySet(old, key, value) : max && changedByMax(old, key, value)) {
          changes.add(field);
        }
      }
    }
    if (changes.isEmpty()) {
      return old;
    }
    Document changed = new Document(old);
    for (Map.Entry<String, Object> field : changes) {
      changed.put(field.getKey(), field.getValue());
    }
    return changed;
  }

  /** A name the library reads as one top-level field. */
  private static boolean plain(String key) {
    return !key.isEmpty() && key.indexOf('.') < 0 && !key.startsWith("$");
  }

  private static boolean changedBySet(Document old, String key, Object value) {
    Object current = old.getOrMissing(key);
    return current instanceof Missing || !LibraryValueRules.sameValue(value, current);
  }

  private static boolean changedByMax(Document old, String key, Object value) {
    Object current = old.getOrMissing(key);
    if (current instanceof Missing) {
      return true;
    }
    int types = LibraryValueRules.compareTypes(value, current);
    if (types != 0) {
      return types > 0;
    }
    return ValueComparator.desc().compare(value, current) < 0;
  }
}
