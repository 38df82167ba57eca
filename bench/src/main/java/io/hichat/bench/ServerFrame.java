package io.hichat.bench;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fields of a server frame the chat traffic looks at, read in one streaming pass (the generator
 * reads tens of thousands of frames a second on the machine it measures, so it does not build a
 * tree of each). Fields of {@code data} are read at its top level only.
 */
record ServerFrame(
    String id,
    int frameType,
    String method,
    int contentType,
    String conversationId,
    String clientMsgId,
    String msgId,
    long seq,
    String code) {

  static ServerFrame read(String text) {
    String id = null;
    int frameType = -1;
    String method = null;
    int contentType = -1;
    String conversationId = null;
    String clientMsgId = null;
    String msgId = null;
    long seq = 0;
    String code = null;
    try (JsonParser p = Json.MAPPER.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a frame: " + text);
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "id" -> id = v == JsonToken.VALUE_NULL ? null : p.getString();
          case "frameType" -> frameType = p.getValueAsInt(-1);
          case "method" -> method = v == JsonToken.VALUE_NULL ? null : p.getString();
          case "data" -> {
            if (v != JsonToken.START_OBJECT) {
              p.skipChildren();
              continue;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
              String field = p.currentName();
              JsonToken fv = p.nextToken();
              if (!fv.isScalarValue() || fv == JsonToken.VALUE_NULL) {
                p.skipChildren();
                continue;
              }
              switch (field) {
                case "contentType" -> contentType = p.getValueAsInt(-1);
                case "conversationId" -> conversationId = p.getString();
                case "clientMsgId" -> clientMsgId = p.getString();
                case "msgId" -> msgId = p.getString();
                case "seq" -> seq = p.getValueAsLong(0);
                case "code" -> code = p.getString();
                default -> {}
              }
            }
          }
          default -> p.skipChildren();
        }
      }
    }
    return new ServerFrame(
        id, frameType, method, contentType, conversationId, clientMsgId, msgId, seq, code);
  }
}
