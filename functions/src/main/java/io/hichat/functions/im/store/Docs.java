package io.hichat.functions.im.store;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Reading chat documents tolerantly: numbers may be stored as int or long, fields may be absent.
 */
final class Docs {

  private Docs() {}

  static long longOf(Document d, String field) {
    Object v = d.get(field);
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s && !s.isEmpty()) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  static Long nullableLong(Document d, String field) {
    return d.get(field) == null ? null : longOf(d, field);
  }

  static int intOf(Document d, String field) {
    return (int) longOf(d, field);
  }

  static boolean boolOf(Document d, String field, boolean absent) {
    Object v = d.get(field);
    return v instanceof Boolean b ? b : absent;
  }

  static String stringOf(Document d, String field) {
    Object v = d.get(field);
    return v == null ? "" : v.toString();
  }

  static List<Long> longs(Document d, String field) {
    Object v = d.get(field);
    List<Long> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Number n) {
          out.add(n.longValue());
        } else if (item != null) {
          try {
            out.add(Long.parseLong(item.toString()));
          } catch (NumberFormatException ignored) {
            // not a user id: nobody is mentioned by it
          }
        }
      }
    }
    return out;
  }

  static String idOf(Document d) {
    Object id = d.get("_id");
    return id instanceof ObjectId o ? o.toHexString() : String.valueOf(id);
  }
}
