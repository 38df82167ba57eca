package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the stand-in's unique indexes: H2's {@link ObjectDataType} with the same bytes on
 * disk and the same order, but without serializing both keys on every comparison.
 *
 * <p>{@link KeyValue} is not {@link Comparable}, so H2 orders two of them by their Java
 * serialization (unsigned bytes, then length) and serializes both sides for each comparison — about
 * 2 × log₂(n) serializations per index lookup or insert, the largest CPU cost of the stand-in under
 * chat load. This type computes exactly that order, from bytes it keeps per thread for the keys it
 * saw last: the probe key of a lookup is serialized once instead of at every level of the B-tree,
 * and the keys of the pages near the root are found again. Data files written by the plain H2
 * backend open unchanged, since neither the bytes nor the order differ.
 */
public final class KeyOrder extends ObjectDataType {

  /** Direct-mapped by identity; a slot holds the key itself, so an identity is never reused. */
  private static final int SLOTS = 1 << 11;

  private static final ThreadLocal<Slots> SEEN = ThreadLocal.withInitial(Slots::new);

  @Override
  public int compare(Object a, Object b) {
    if (a instanceof KeyValue && b instanceof KeyValue) {
      if (a == b) {
        return 0;
      }
      Slots seen = SEEN.get();
      return compareNotNull(seen.bytes(a), seen.bytes(b));
    }
    return super.compare(a, b);
  }

  private static final class Slots {
    private final Object[] keys = new Object[SLOTS];
    private final byte[][] bytes = new byte[SLOTS][];

    byte[] bytes(Object key) {
      int slot = System.identityHashCode(key) & (SLOTS - 1);
      if (keys[slot] == key) {
        return bytes[slot];
      }
      byte[] serialized = serialize(key);
      keys[slot] = key;
      bytes[slot] = serialized;
      return serialized;
    }
  }
}
