package io.hichat.connector.delivery;

import io.hichat.connector.Json;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Sessions;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.ws.Frame;
import io.hichat.model.ws.WsMethods;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a {@link io.hichat.model.delivery.Push} from this connector's channel into one server frame
 * (encoded once) and hands it to every live connection of each named user here. Chat frames carry
 * the message id and the sender; message, echo and recall frames are kept until the client acks
 * them. Runs on the pub/sub thread and only hands work to the connections' event loops.
 */
public final class PushRouter {

  private static final Logger log = LoggerFactory.getLogger(PushRouter.class);

  private final Sessions sessions;

  public PushRouter(Sessions sessions) {
    this.sessions = sessions;
  }

  /** The fields of a push as read from its channel ({@code data} kept as JSON). */
  record Incoming(String pushId, String method, List<Long> userIds, JsonNode data) {}

  /** Returns the number of connections the frame was handed to. */
  public int route(String message) {
    Incoming push;
    try {
      push = Json.mapper().readValue(message, Incoming.class);
    } catch (JacksonException e) {
      log.warn("dropped a push that is not a Push: {}", e.getOriginalMessage());
      return 0;
    }
    if (push.method() == null || push.userIds() == null || push.userIds().isEmpty()) {
      log.warn("dropped a push without a method or receivers: {}", push.pushId());
      return 0;
    }
    if (WsMethods.PUSH_SESSION_REVOKED.equals(push.method())) {
      return revoke(push);
    }
    Outgoing out = frame(push);
    byte[] bytes = Json.mapper().writeValueAsBytes(out.frame());
    int handed = 0;
    for (Long user : push.userIds()) {
      if (user == null) {
        continue;
      }
      for (Connection connection : sessions.of(user)) {
        connection.push(bytes, out.trackId());
        handed++;
      }
    }
    return handed;
  }

  /** Closes every socket of the named users: their tokens no longer hold. */
  private int revoke(Incoming push) {
    String reason = push.data() == null ? null : text(push.data(), "reason");
    String text = "session revoked" + (reason == null ? "" : ": " + reason);
    int closed = 0;
    for (Long user : push.userIds()) {
      if (user == null) {
        continue;
      }
      for (Connection connection : sessions.of(user)) {
        connection.close(Connection.CLOSE_REVOKED, text);
        closed++;
      }
    }
    return closed;
  }

  /** The frame for a push, and the id to track until acked ({@code null}: not tracked). */
  record Outgoing(Frame frame, String trackId) {}

  static Outgoing frame(Incoming push) {
    JsonNode data = push.data();
    if (WsMethods.PUSH_CHAT.equals(push.method())) {
      String msgId = text(data, "msgId");
      String id = msgId != null ? msgId : push.pushId();
      Frame frame = Frame.push(id, push.method(), text(data, "sendId"), data);
      int contentType = data == null ? -1 : data.path("contentType").asInt(-1);
      boolean message =
          contentType == ChatTypes.CONTENT_MESSAGE
              || contentType == ChatTypes.CONTENT_ECHO
              || contentType == ChatTypes.CONTENT_RECALL;
      return new Outgoing(frame, message && msgId != null ? msgId : null);
    }
    String formId =
        WsMethods.PUSH_TYPING.equals(push.method()) ? text(data, "sendId") : Frame.SYSTEM_SENDER;
    return new Outgoing(Frame.push(push.pushId(), push.method(), formId, data), null);
  }

  private static String text(JsonNode data, String field) {
    if (data == null) {
      return null;
    }
    JsonNode value = data.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isString() ? value.stringValue() : value.asString();
  }
}
