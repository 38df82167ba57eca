package io.hichat.connector.chat;

import io.hichat.connector.Json;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatTypes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The content shape of each stored message type (SEED-SPEC §5.5): text is plain, non-blank text;
 * media and call records are JSON objects with their required fields, http(s) URLs and non-negative
 * numbers. Fields the table does not name are left alone.
 */
final class ContentRules {

  private static final Set<String> URL_FIELDS = Set.of("url", "thumbUrl", "coverUrl");
  private static final Set<String> NUMBER_FIELDS = Set.of("size", "width", "height", "duration");
  private static final int MAX_NAME_CHARS = 255;

  private ContentRules() {}

  /**
   * @throws WsException INVALID_MESSAGE naming what does not fit
   */
  static void check(int mType, String content) {
    if (content == null) {
      throw invalid("msg.content is required");
    }
    if (mType == ChatTypes.TEXT) {
      if (content.isBlank()) {
        throw invalid("a text message needs some text");
      }
      if (content.codePointCount(0, content.length()) > ChatTypes.MAX_TEXT_CHARS) {
        throw invalid(
            "a text message may have at most " + ChatTypes.MAX_TEXT_CHARS + " characters");
      }
      return;
    }
    if (content.length() > ChatTypes.MAX_TEXT_CHARS) {
      throw invalid("msg.content is too long");
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(content);
    } catch (JacksonException e) {
      throw invalid("msg.content of type " + mType + " must be a JSON object");
    }
    if (body == null || !body.isObject()) {
      throw invalid("msg.content of type " + mType + " must be a JSON object");
    }
    for (String field : URL_FIELDS) {
      if (present(body, field) && !isHttpUrl(body.get(field))) {
        throw invalid(field + " must be an http(s) URL");
      }
    }
    for (String field : NUMBER_FIELDS) {
      if (present(body, field) && !isNonNegativeNumber(body.get(field))) {
        throw invalid(field + " must be a non-negative number");
      }
    }
    switch (mType) {
      case ChatTypes.FILE -> {
        require(body, "url");
        require(body, "size");
        JsonNode name = body.get("name");
        if (name == null
            || !name.isString()
            || name.stringValue().isBlank()
            || name.stringValue().length() > MAX_NAME_CHARS) {
          throw invalid("a file needs a name of 1 to " + MAX_NAME_CHARS + " characters");
        }
      }
      case ChatTypes.VOICE -> {
        require(body, "url");
        require(body, "duration");
      }
      case ChatTypes.IMAGE, ChatTypes.MEME, ChatTypes.VIDEO -> require(body, "url");
      case ChatTypes.CALL_RECORD -> {
        JsonNode callType = body.get("callType");
        if (callType == null
            || !callType.isString()
            || !Set.of("voice", "video").contains(callType.stringValue())) {
          throw invalid("callType must be voice or video");
        }
        JsonNode status = body.get("status");
        if (status == null || !(status.isString() || status.isIntegralNumber())) {
          throw invalid("a call record needs a status");
        }
        require(body, "duration");
      }
      default -> throw invalid("mType " + mType + " is not a message type");
    }
  }

  private static boolean present(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value != null && !value.isNull();
  }

  private static void require(JsonNode body, String field) {
    if (!present(body, field)) {
      throw invalid(field + " is required");
    }
  }

  private static boolean isNonNegativeNumber(JsonNode value) {
    return value.isNumber() && value.doubleValue() >= 0 && Double.isFinite(value.doubleValue());
  }

  private static boolean isHttpUrl(JsonNode value) {
    if (!value.isString()) {
      return false;
    }
    try {
      URI uri = new URI(value.stringValue());
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static WsException invalid(String message) {
    return new WsException(ErrorCode.INVALID_MESSAGE, message);
  }
}
