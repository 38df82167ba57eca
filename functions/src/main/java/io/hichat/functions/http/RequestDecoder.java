package io.hichat.functions.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.Input;
import io.hichat.model.route.Route;
import io.hichat.model.route.UserRoutes;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns an event's body or query string into the route's request record, or a coded 4xx. */
final class RequestDecoder {

  private RequestDecoder() {}

  static Object body(Route route, HttpApiEvent event, byte[] body) {
    return body(route, event, body, Map.of());
  }

  /**
   * As {@link #body(Route, HttpApiEvent, byte[])}, with the path's parameters set on the record's
   * components of the same names; the path wins over a body or query field of that name.
   */
  static Object body(Route route, HttpApiEvent event, byte[] body, Map<String, String> path) {
    return switch (route.input()) {
      case NONE -> null;
      case JSON -> json(route.request(), withPath(body, path), true);
      case QUERY ->
          body.length > 0 && isBlank(event.rawQueryString())
              ? json(route.request(), withPath(body, path), false)
              : query(route.request(), withPath(event.rawQueryString(), path));
      case MULTIPART -> null;
    };
  }

  static Upload upload(Route route, HttpApiEvent event, byte[] body) {
    return route.input() == Input.MULTIPART
        ? MultipartDecoder.decode(
            body, event.header("content-type"), UserRoutes.MAX_MULTIPART_FILE_BYTES)
        : null;
  }

  private static Object json(Class<?> type, byte[] body, boolean required) {
    if (body.length == 0) {
      if (required) {
        throw new DomainException(ErrorCode.MALFORMED_JSON, "a JSON object body is required");
      }
      return query(type, "");
    }
    try {
      Object value = JsonCodec.strict().readValue(body, type);
      if (value == null) {
        throw new DomainException(ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
      }
      return value;
    } catch (StreamReadException e) {
      throw new DomainException(
          ErrorCode.MALFORMED_JSON, "malformed JSON: " + e.getOriginalMessage());
    } catch (DatabindException e) {
      throw new DomainException(ErrorCode.BAD_REQUEST, describe(e));
    } catch (JacksonException e) {
      throw new DomainException(ErrorCode.MALFORMED_JSON, "malformed JSON");
    }
  }

  private static Object query(Class<?> type, String rawQuery) {
    Map<String, List<String>> params = parseQuery(rawQuery);
    Map<String, Object> fields = new LinkedHashMap<>();
    RecordComponent[] components =
        type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
    for (RecordComponent component : components) {
      String name = jsonName(type, component);
      List<String> values = params.get(name);
      if (values == null || values.isEmpty()) {
        continue;
      }
      if (List.class.isAssignableFrom(component.getType())) {
        List<String> items = new ArrayList<>();
        for (String value : values) {
          Arrays.stream(value.split(","))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .forEach(items::add);
        }
        fields.put(name, items);
      } else {
        fields.put(name, values.get(values.size() - 1));
      }
    }
    try {
      return JsonCodec.query().convertValue(fields, type);
    } catch (JacksonException e) {
      throw new DomainException(ErrorCode.BAD_REQUEST, describe(e));
    }
  }

  /**
   * The parameter's name: the component's JSON name, so that a query parameter can be a Java
   * keyword ({@code class}) as a JSON field can.
   */
  static String jsonName(Class<?> type, RecordComponent component) {
    JsonProperty property = component.getAnnotation(JsonProperty.class);
    if (property == null) {
      try {
        property = type.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
      } catch (NoSuchFieldException e) {
        property = null;
      }
    }
    return property != null && !property.value().isEmpty() ? property.value() : component.getName();
  }

  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (isBlank(rawQuery)) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String key =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (key.endsWith("[]")) {
          key = key.substring(0, key.length() - 2);
        }
        params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw new DomainException(ErrorCode.BAD_REQUEST, "malformed query string");
      }
    }
    return params;
  }

  private static String describe(JacksonException e) {
    String path =
        e.getPath().stream()
            .map(
                ref ->
                    ref.getPropertyName() != null
                        ? ref.getPropertyName()
                        : "[" + ref.getIndex() + "]")
            .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
            .orElse("");
    String problem = e.getOriginalMessage();
    int cut = problem == null ? -1 : problem.indexOf('\n');
    if (cut > 0) {
      problem = problem.substring(0, cut);
    }
    return path.isEmpty() ? "invalid request: " + problem : "invalid value for '" + path + "'";
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** A JSON object body with the path parameters set as text fields. */
  private static byte[] withPath(byte[] body, Map<String, String> path) {
    if (path.isEmpty()) {
      return body;
    }
    JsonNode tree;
    try {
      tree =
          body.length == 0
              ? JsonCodec.strict().createObjectNode()
              : JsonCodec.strict().readTree(body);
    } catch (JacksonException e) {
      throw new DomainException(ErrorCode.MALFORMED_JSON, "malformed JSON");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new DomainException(ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
    }
    path.forEach(object::put);
    return JsonCodec.strict().writeValueAsBytes(object);
  }

  /** A query string with the path parameters appended, so that they win. */
  private static String withPath(String rawQuery, Map<String, String> path) {
    StringBuilder query = new StringBuilder(rawQuery == null ? "" : rawQuery);
    path.forEach(
        (name, value) ->
            query
                .append(query.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return query.toString();
  }
}
