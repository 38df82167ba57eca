package io.hichat.connector.frame;

import io.hichat.connector.Json;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatSend;
import io.hichat.model.im.MarkChat;
import io.hichat.model.im.SyncRequest;
import io.hichat.model.im.Typing;
import io.hichat.model.ws.Frame;
import io.hichat.model.ws.WsMethods;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The decoder as it was before {@link FrameDecoder} read frames in one streaming pass: it built a
 * tree of the whole frame and converted {@code data} from it. Kept here only as the reference the
 * streaming decoder must answer exactly like ({@code FrameDecoderEquivalenceTest}).
 */
final class TreeFrameDecoder {

  private TreeFrameDecoder() {}

  static ClientFrame decode(byte[] json) {
    if (json.length > Frame.MAX_CLIENT_FRAME_BYTES) {
      return new ClientFrame.Invalid(
          FrameDecoder.scanId(json),
          ErrorCode.FRAME_TOO_LARGE,
          "a frame may have at most " + Frame.MAX_CLIENT_FRAME_BYTES + " bytes");
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JacksonException e) {
      return new ClientFrame.Invalid(null, ErrorCode.MALFORMED_JSON, "the frame is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      return bad(null, "a frame is a JSON object");
    }
    JsonNode idNode = root.get("id");
    String id = null;
    if (idNode != null && !idNode.isNull()) {
      if (!idNode.isString()) {
        return bad(null, "id must be a string");
      }
      id = idNode.stringValue();
      if (id.isEmpty() || id.length() > Frame.MAX_ID_LENGTH) {
        return bad(null, "id must have 1 to " + Frame.MAX_ID_LENGTH + " characters");
      }
    }
    JsonNode typeNode = root.get("frameType");
    int frameType = Frame.DATA;
    if (typeNode != null && !typeNode.isNull()) {
      if (!typeNode.isInt()) {
        return bad(id, "frameType must be a whole number");
      }
      frameType = typeNode.intValue();
    }
    return switch (frameType) {
      case Frame.PING -> new ClientFrame.Ping(id);
      case Frame.ACK ->
          id == null ? bad(null, "an ack frame needs the id it acks") : new ClientFrame.Ack(id);
      case Frame.DATA, Frame.NO_ACK -> request(id, frameType == Frame.DATA, root);
      default -> bad(id, "unknown frameType " + frameType);
    };
  }

  private static ClientFrame request(String id, boolean answered, JsonNode root) {
    if (id == null) {
      return bad(null, "id is required");
    }
    JsonNode methodNode = root.get("method");
    if (methodNode == null || !methodNode.isString()) {
      return bad(id, "method must be a string");
    }
    String method = methodNode.stringValue();
    JsonNode data = root.get("data");
    try {
      Call call =
          switch (method) {
            case WsMethods.CHAT_USER -> new Call.SendChat(data(data, ChatSend.class));
            case WsMethods.CHAT_MARK -> new Call.MarkRead(data(data, MarkChat.class));
            case WsMethods.CHAT_SYNC -> new Call.Sync(data(data, SyncRequest.class));
            case WsMethods.CHAT_TYPING -> new Call.TypingNow(data(data, Typing.class));
            case WsMethods.USER_ONLINE -> new Call.OnlineFriends();
            case WsMethods.CHAT_PING -> new Call.Ping();
            default -> null;
          };
      if (call == null) {
        return new ClientFrame.Invalid(
            id, ErrorCode.UNKNOWN_METHOD, "method does not exist: " + abbreviate(method));
      }
      return new ClientFrame.Request(id, answered, call);
    } catch (DataException e) {
      return bad(id, e.getMessage());
    }
  }

  private static <T> T data(JsonNode data, Class<T> type) {
    if (data == null || !data.isObject()) {
      throw new DataException("data must be a JSON object");
    }
    try {
      return Json.mapper().treeToValue(data, type);
    } catch (JacksonException e) {
      String field =
          e.getPath().isEmpty()
              ? ""
              : " at " + e.getPath().get(e.getPath().size() - 1).getPropertyName();
      throw new DataException("data has a wrong type" + field);
    }
  }

  private static ClientFrame.Invalid bad(String id, String message) {
    return new ClientFrame.Invalid(id, ErrorCode.BAD_REQUEST, message);
  }

  private static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }

  private static final class DataException extends RuntimeException {
    DataException(String message) {
      super(message, null, false, false);
    }
  }
}
