package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Ids travel as decimal strings; anything else is a coded 400 naming the field. */
public final class Ids {

  private Ids() {}

  public static long parse(String value, String field) {
    Check.required(value, field);
    try {
      long id = Long.parseLong(value.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw Check.bad(field + " must be a positive id");
  }

  /** A list of ids, de-duplicated, with 1 to {@code max} entries (0 when {@code allowEmpty}). */
  public static List<Long> parseAll(
      List<String> values, int max, boolean allowEmpty, String field) {
    if (values == null || values.isEmpty()) {
      if (allowEmpty) {
        return List.of();
      }
      throw Check.bad(field + " is required");
    }
    if (values.size() > max) {
      throw Check.bad(field + " may name at most " + max + " ids");
    }
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    for (String value : values) {
      ids.add(parse(value, field));
    }
    return new ArrayList<>(ids);
  }

  public static String text(long id) {
    return Long.toString(id);
  }
}
