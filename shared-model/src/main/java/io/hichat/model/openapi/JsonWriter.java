package io.hichat.model.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A small JSON writer for generated documents: 2-space indent, {@code "key": value}, empty objects
 * and arrays as {@code {}} and {@code []}, and a trailing newline. A {@link LinkedHashMap} or a
 * {@link SortedMap} is written in its iteration order; any other map, whose order is not defined
 * (such as {@link Map#of}), with its keys sorted. The same value therefore always gives the same
 * bytes, so a generated file can be committed and compared.
 *
 * <p>Values are {@code null}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, a
 * {@link Map} with string keys, or a {@link List} of values.
 */
final class JsonWriter {

  private static final String INDENT = "  ";

  private JsonWriter() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder(64 * 1024);
    value(out, value, 0);
    return out.append('\n').toString();
  }

  private static void value(StringBuilder out, Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, depth);
    } else if (value instanceof List<?> list) {
      array(out, list, depth);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    Map<?, ?> ordered =
        map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>
            ? map
            : new TreeMap<>(map);
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : ordered.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("JSON object keys must be strings: " + entry.getKey());
      }
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(out, depth + 1);
      string(out, key);
      out.append(": ");
      value(out, entry.getValue(), depth + 1);
    }
    out.append('\n');
    indent(out, depth);
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(out, depth + 1);
      value(out, item, depth + 1);
    }
    out.append('\n');
    indent(out, depth);
    out.append(']');
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append(INDENT.repeat(depth));
  }
}
