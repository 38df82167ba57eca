package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the stand-in's unique indexes: a {@link KeyValue} (the indexed fields' values, as
 * mongo-java-server normalizes them) compared value by value and written compactly.
 *
 * <p>H2 cannot compare a {@code KeyValue} (it is not {@link Comparable}), so its generic type
 * orders two of them by their Java serialization and serializes both at each comparison of a B-tree
 * descent. Here the common values — null, numbers, strings, ObjectIds, booleans — compare directly
 * and are written in a few bytes; any other value (a document, an array, a date) is written and
 * compared by H2's generic type, as before. Two keys are equal exactly when H2 found them equal:
 * the same values of the same classes.
 *
 * <p>The order differs from H2's, so maps of this type have names of their own ({@link
 * StandInDatabase} moves an index written by the plain H2 backend over when it first opens it).
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

  private static final byte NULL = 0;
  private static final byte FALSE = 1;
  private static final byte TRUE = 2;
  private static final byte DOUBLE = 3;
  private static final byte LONG = 4;
  private static final byte INTEGER = 5;
  private static final byte STRING = 6;
  private static final byte OBJECT_ID = 7;
  private static final byte OTHER = 8;

  private static final ObjectDataType OTHERS = new ObjectDataType();

  @Override
  public KeyValue[] createStorage(int size) {
    return new KeyValue[size];
  }

  @Override
  public int compare(KeyValue a, KeyValue b) {
    if (a == b) {
      return 0;
    }
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = compareValues(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  static int compareValues(Object a, Object b) {
    if (a != null && b != null && a.getClass() == b.getClass()) {
      // the usual case, answered without ranking: both of one class
      if (a instanceof String x) {
        return x.compareTo((String) b);
      }
      if (a instanceof Double x) {
        return Double.compare(x, (Double) b);
      }
      if (a instanceof Long x) {
        return Long.compare(x, (Long) b);
      }
      if (a instanceof ObjectId x) {
        return x.compareTo((ObjectId) b);
      }
      if (a instanceof Integer x) {
        return Integer.compare(x, (Integer) b);
      }
      if (a instanceof Boolean x) {
        return Boolean.compare(x, (Boolean) b);
      }
      return OTHERS.compare(a, b);
    }
    int rank = Integer.compare(rank(a), rank(b));
    if (rank != 0 || a == null) {
      return rank;
    }
    // two other values of different classes
    return a.getClass().getName().compareTo(b.getClass().getName());
  }

  /** Values of different kinds never compare equal; each kind sorts in a block of its own. */
  private static int rank(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof Boolean) {
      return FALSE;
    }
    if (value instanceof Double) {
      return DOUBLE;
    }
    if (value instanceof Long) {
      return LONG;
    }
    if (value instanceof Integer) {
      return INTEGER;
    }
    if (value instanceof String) {
      return STRING;
    }
    return value instanceof ObjectId ? OBJECT_ID : OTHER;
  }

  @Override
  public int getMemory(KeyValue key) {
    int memory = 32 + 8 * key.size();
    for (Object value : key) {
      memory += value instanceof String s ? 40 + s.length() : 24;
    }
    return memory;
  }

  @Override
  public void write(WriteBuffer buff, KeyValue key) {
    buff.putVarInt(key.size());
    for (Object value : key) {
      if (value == null) {
        buff.put(NULL);
      } else if (value instanceof Boolean b) {
        buff.put(b ? TRUE : FALSE);
      } else if (value instanceof Double d) {
        buff.put(DOUBLE).putDouble(d);
      } else if (value instanceof Long l) {
        buff.put(LONG).putLong(l);
      } else if (value instanceof Integer i) {
        buff.put(INTEGER).putInt(i);
      } else if (value instanceof String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        buff.put(STRING).putVarInt(utf8.length).put(utf8);
      } else if (value instanceof ObjectId id) {
        buff.put(OBJECT_ID).put(id.toByteArray());
      } else {
        buff.put(OTHER);
        OTHERS.write(buff, value);
      }
    }
  }

  @Override
  public KeyValue read(ByteBuffer buff) {
    int size = DataUtils.readVarInt(buff);
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      byte tag = buff.get();
      values.add(
          switch (tag) {
            case NULL -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case DOUBLE -> buff.getDouble();
            case LONG -> buff.getLong();
            case INTEGER -> buff.getInt();
            case STRING -> {
              byte[] utf8 = new byte[DataUtils.readVarInt(buff)];
              buff.get(utf8);
              yield new String(utf8, StandardCharsets.UTF_8);
            }
            case OBJECT_ID -> {
              byte[] id = new byte[12];
              buff.get(id);
              yield new ObjectId(id);
            }
            case OTHER -> OTHERS.read(buff);
            default -> throw new IllegalStateException("not an index key value tag: " + tag);
          });
    }
    return new KeyValue(values);
  }
}
