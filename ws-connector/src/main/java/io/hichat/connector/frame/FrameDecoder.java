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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns a client's text frame into a {@link ClientFrame}. Never throws: whatever is wrong with the
 * frame becomes an {@link ClientFrame.Invalid} with the code to answer, and the id when one could
 * be read, so the client can tell which of its frames failed.
 *
 * <p>A frame is read in one streaming pass that keeps its top-level members and the span of bytes
 * {@code data} takes; {@code data} is then bound to its type straight from those bytes. No tree of
 * the frame is built: a client's acks (two of the three frames it sends per message) cost a parser
 * and nothing else, and decoding had been a third of what the connector allocated.
 */
public final class FrameDecoder {

  private FrameDecoder() {}

  public static ClientFrame decode(byte[] json) {
    if (json.length > Frame.MAX_CLIENT_FRAME_BYTES) {
      return new ClientFrame.Invalid(
          scanId(json),
          ErrorCode.FRAME_TOO_LARGE,
          "a frame may have at most " + Frame.MAX_CLIENT_FRAME_BYTES + " bytes");
    }
    Envelope e;
    try {
      e = Envelope.read(json);
    } catch (JacksonException ex) {
      return new ClientFrame.Invalid(null, ErrorCode.MALFORMED_JSON, "the frame is not valid JSON");
    }
    if (e == null) {
      return bad(null, "a frame is a JSON object");
    }
    String id = null;
    if (e.id == Kind.OTHER) {
      return bad(null, "id must be a string");
    }
    if (e.id == Kind.STRING) {
      id = e.idText;
      if (id.isEmpty() || id.length() > Frame.MAX_ID_LENGTH) {
        return bad(null, "id must have 1 to " + Frame.MAX_ID_LENGTH + " characters");
      }
    }
    int frameType = Frame.DATA;
    if (e.frameType == Kind.OTHER) {
      return bad(id, "frameType must be a whole number");
    }
    if (e.frameType == Kind.INT) {
      frameType = e.frameTypeValue;
    }
    return switch (frameType) {
      case Frame.PING -> new ClientFrame.Ping(id);
      case Frame.ACK ->
          id == null ? bad(null, "an ack frame needs the id it acks") : new ClientFrame.Ack(id);
      case Frame.DATA, Frame.NO_ACK -> request(id, frameType == Frame.DATA, e, json);
      default -> bad(id, "unknown frameType " + frameType);
    };
  }

  private static ClientFrame request(String id, boolean answered, Envelope e, byte[] json) {
    if (id == null) {
      return bad(null, "id is required");
    }
    if (e.method != Kind.STRING) {
      return bad(id, "method must be a string");
    }
    String method = e.methodText;
    try {
      Call call =
          switch (method) {
            case WsMethods.CHAT_USER -> new Call.SendChat(data(e, json, ChatSend.class));
            case WsMethods.CHAT_MARK -> new Call.MarkRead(data(e, json, MarkChat.class));
            case WsMethods.CHAT_SYNC -> new Call.Sync(data(e, json, SyncRequest.class));
            case WsMethods.CHAT_TYPING -> new Call.TypingNow(data(e, json, Typing.class));
            case WsMethods.USER_ONLINE -> new Call.OnlineFriends();
            case WsMethods.CHAT_PING -> new Call.Ping();
            default -> null;
          };
      if (call == null) {
        return new ClientFrame.Invalid(
            id, ErrorCode.UNKNOWN_METHOD, "method does not exist: " + abbreviate(method));
      }
      return new ClientFrame.Request(id, answered, call);
    } catch (DataException ex) {
      return bad(id, ex.getMessage());
    }
  }

  private static <T> T data(Envelope e, byte[] json, Class<T> type) {
    if (e.data != Kind.OBJECT) {
      throw new DataException("data must be a JSON object");
    }
    try {
      return Json.mapper().readValue(json, e.dataStart, e.dataEnd - e.dataStart, type);
    } catch (JacksonException ex) {
      String field =
          ex.getPath().isEmpty()
              ? ""
              : " at " + ex.getPath().get(ex.getPath().size() - 1).getPropertyName();
      throw new DataException("data has a wrong type" + field);
    }
  }

  /** What a top-level member held, as far as decoding cares; absent and null count alike. */
  private enum Kind {
    NONE,
    STRING,
    INT,
    OBJECT,
    OTHER
  }

  /**
   * A frame's top-level members as read in one pass. A member given twice counts as its last value,
   * as in a tree of the frame.
   */
  private static final class Envelope {
    Kind id = Kind.NONE;
    String idText;
    Kind frameType = Kind.NONE;
    int frameTypeValue;
    Kind method = Kind.NONE;
    String methodText;
    Kind data = Kind.NONE;
    int dataStart;
    int dataEnd;

    /**
     * The members of a JSON object, or {@code null} when the frame is JSON but not an object (or
     * empty).
     *
     * @throws JacksonException when the frame is not JSON, or has content after its value
     */
    static Envelope read(byte[] json) {
      try (JsonParser p = Json.mapper().createParser(json)) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
          if (t != null) {
            p.skipChildren();
          }
          end(p);
          return null;
        }
        Envelope e = new Envelope();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          switch (name) {
            case "id" -> {
              e.id = scalar(v);
              e.idText = e.id == Kind.STRING ? p.getString() : null;
            }
            case "frameType" -> {
              boolean isInt =
                  v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
              e.frameType = isInt ? Kind.INT : v == JsonToken.VALUE_NULL ? Kind.NONE : Kind.OTHER;
              e.frameTypeValue = isInt ? p.getIntValue() : 0;
            }
            case "method" -> {
              e.method = scalar(v);
              e.methodText = e.method == Kind.STRING ? p.getString() : null;
            }
            case "data" -> {
              e.data = Kind.OTHER;
              if (v == JsonToken.START_OBJECT) {
                e.data = Kind.OBJECT;
                e.dataStart = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                e.dataEnd = (int) p.currentLocation().getByteOffset();
              }
            }
            default -> {}
          }
          p.skipChildren();
        }
        end(p);
        return e;
      }
    }

    /** Nothing may follow the frame's value. */
    private static void end(JsonParser p) {
      if (p.nextToken() != null) {
        throw new StreamReadException(p, "content after the frame");
      }
    }

    /** A string, null, or anything else. */
    private static Kind scalar(JsonToken v) {
      return switch (v) {
        case VALUE_NULL -> Kind.NONE;
        case VALUE_STRING -> Kind.STRING;
        default -> Kind.OTHER;
      };
    }
  }

  /** The top-level string {@code id} of a frame too large to decode whole, or {@code null}. */
  static String scanId(byte[] json) {
    try (JsonParser parser = Json.mapper().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("id".equals(name)) {
          if (value != JsonToken.VALUE_STRING) {
            return null;
          }
          String id = parser.getString();
          return id.isEmpty() || id.length() > Frame.MAX_ID_LENGTH ? null : id;
        }
        parser.skipChildren();
      }
      return null;
    } catch (JacksonException e) {
      return null;
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
