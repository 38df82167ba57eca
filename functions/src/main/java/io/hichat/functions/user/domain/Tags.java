package io.hichat.functions.user.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.JsonCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Fields that hold a JSON array of strings encoded as a string, such as profile tags. */
final class Tags {

  private Tags() {}

  static String jsonArray(String value, String field, int maxChars) {
    Check.maxLength(value, maxChars, field);
    if (value.isBlank()) {
      return "[]";
    }
    try {
      JsonNode node = JsonCodec.strict().readTree(value);
      if (node == null || !node.isArray()) {
        throw Check.bad(field + " must be a JSON array of strings");
      }
      for (JsonNode item : node) {
        if (!item.isString()) {
          throw Check.bad(field + " must be a JSON array of strings");
        }
      }
      return JsonCodec.strict().writeValueAsString(node);
    } catch (JacksonException e) {
      throw Check.bad(field + " must be a JSON array of strings");
    }
  }
}
