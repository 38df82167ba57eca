package io.hichat.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One shared mapper for the generator. */
final class Json {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static JsonNode parse(String text) {
    return MAPPER.readTree(text);
  }

  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** A JSON string literal of {@code s}. */
  static String quote(String s) {
    return MAPPER.writeValueAsString(s);
  }
}
