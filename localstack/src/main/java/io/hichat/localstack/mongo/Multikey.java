package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an index has held a document with an array in one of its fields, as MongoDB tracks it. A
 * query {@code {seq: {$gte: 10, $lte: 20}}} matches an array with an element of at least 10 and an
 * element of at most 20, not necessarily the same one ([0, 50] matches), so {@link KeyScan} may
 * narrow a walk to both bounds only over an index that never held an array.
 *
 * <p>Kept in the store beside the index (one entry per index in {@code <collection>._multikey}), so
 * it survives a restart. An index found with keys but no entry (written before the stand-in kept
 * this) counts as holding arrays; an empty one does not, since every key it gets from then on
 * passes through {@link #note}.
 */
final class Multikey {

  private final Map<String, Boolean> flags;
  private final String index;
  private volatile boolean arrays;

  private Multikey(Map<String, Boolean> flags, String index, boolean arrays) {
    this.flags = flags;
    this.index = index;
    this.arrays = arrays;
  }

  static Multikey open(Map<String, Boolean> flags, String index, boolean emptyIndex) {
    if (emptyIndex) {
      flags.put(index, false);
    }
    return new Multikey(flags, index, flags.getOrDefault(index, true));
  }

  /** For an index kept only in memory (tests). */
  static Multikey inMemory(String index) {
    return open(new HashMap<>(), index, true);
  }

  boolean arrays() {
    return arrays;
  }

  /** Records that the index holds an array when one of the document's fields is one. */
  void note(Document document, List<String> fields) {
    if (arrays) {
      return;
    }
    for (String field : fields) {
      if (IndexMap.value(document, field) instanceof Collection<?>) {
        flags.put(index, true);
        arrays = true;
        return;
      }
    }
  }

  /** The index was emptied (a failed build): it holds no array until a key says so again. */
  void reset() {
    flags.put(index, false);
    arrays = false;
  }

  void remove() {
    flags.remove(index);
  }
}
