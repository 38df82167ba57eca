package io.hichat.connector.delivery;

import io.hichat.connector.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads a channel message — one push or an array of them — in one pass of a streaming parser,
 * keeping each push's {@code data} as the JSON text it arrived as, plus the few top-level fields of
 * it the router looks at. The frame written to clients carries that text unchanged, so a push's
 * data is neither built into a tree nor written out again.
 */
final class PushReader {

  /** The top-level fields of {@code data} the router needs (as text; numbers as written). */
  static final Set<String> FIELDS = Set.of("msgId", "sendId", "contentType", "reason");

  private PushReader() {}

  /** A push as read; {@code data} is null when the push had none (or JSON null). */
  record Incoming(String pushId, String method, List<Long> userIds, Data data) {}

  /** A push's data: its JSON text, and the values of {@link #FIELDS} it has at the top level. */
  record Data(String json, Map<String, String> fields) {

    String field(String name) {
      return fields.get(name);
    }
  }

  /**
   * The pushes of a channel message, in order; an array element that is not an object reads as
   * null.
   *
   * @throws JacksonException when the message is not JSON, or neither an object nor an array
   */
  static List<Incoming> read(String message) {
    try (JsonParser p = Json.mapper().createParser(message)) {
      JsonToken t = p.nextToken();
      List<Incoming> out = new ArrayList<>();
      if (t == JsonToken.START_ARRAY) {
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new StreamReadException(p, "unterminated array of pushes");
          }
          if (t == JsonToken.START_OBJECT) {
            out.add(push(p, message));
          } else {
            p.skipChildren();
            out.add(null);
          }
        }
      } else if (t == JsonToken.START_OBJECT) {
        out.add(push(p, message));
      } else {
        throw new StreamReadException(p, "a push is a JSON object, or an array of them");
      }
      if (p.nextToken() != null) {
        throw new StreamReadException(p, "content after the push");
      }
      return out;
    }
  }

  /** Reads the object the parser is at the start of. */
  private static Incoming push(JsonParser p, String message) {
    String pushId = null;
    String method = null;
    List<Long> userIds = null;
    Data data = null;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "pushId" -> pushId = scalar(p, value);
        case "method" -> method = scalar(p, value);
        case "userIds" -> userIds = ids(p, value);
        case "data" -> data = data(p, value, message);
        default -> p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new StreamReadException(p, "unterminated push");
    }
    return new Incoming(pushId, method, userIds, data);
  }

  private static String scalar(JsonParser p, JsonToken value) {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value.isScalarValue()) {
      return p.getString();
    }
    p.skipChildren();
    return null;
  }

  /** Receivers: numbers (or numeric strings); anything else reads as null and is skipped later. */
  private static List<Long> ids(JsonParser p, JsonToken value) {
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<Long> ids = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new StreamReadException(p, "unterminated userIds");
      }
      if (t == JsonToken.VALUE_NUMBER_INT) {
        ids.add(p.getLongValue());
      } else if (t == JsonToken.VALUE_STRING) {
        ids.add(number(p.getString()));
      } else {
        p.skipChildren();
        ids.add(null);
      }
    }
    return ids;
  }

  private static Long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Data data(JsonParser p, JsonToken value, String message) {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    int start = (int) p.currentTokenLocation().getCharOffset();
    if (value == JsonToken.START_ARRAY) {
      p.skipChildren();
      return new Data(
          message.substring(start, (int) p.currentLocation().getCharOffset()), Map.of());
    }
    if (value == JsonToken.VALUE_STRING) {
      return new Data(Json.mapper().writeValueAsString(p.getString()), Map.of());
    }
    if (value != JsonToken.START_OBJECT) {
      return new Data(p.getString(), Map.of()); // a number, true or false, as written
    }
    Map<String, String> fields = new HashMap<>(8);
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v.isScalarValue() && FIELDS.contains(name)) {
        fields.put(name, v == JsonToken.VALUE_NULL ? null : p.getString());
      } else {
        p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new StreamReadException(p, "unterminated data");
    }
    int end = (int) p.currentLocation().getCharOffset();
    return new Data(message.substring(start, end), fields);
  }
}
