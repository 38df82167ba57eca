package io.hichat.connector.delivery;

import io.hichat.connector.Json;
import io.hichat.connector.delivery.PushReader.Incoming;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.Sessions;
import io.hichat.model.delivery.Push;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.ws.Frame;
import io.hichat.model.ws.WsMethods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.util.RawValue;

/**
 * Turns each {@link io.hichat.model.delivery.Push} of a message on this connector's channel (one
 * push or an array, read by {@link PushReader}) into one server frame, encoded once with the push's
 * data as it arrived, and hands it to every live connection of each named user here. Chat frames
 * carry the message id and the sender; message, echo and recall frames are kept until the client
 * acks them. Runs on the pub/sub thread and only hands work to the connections' event loops.
 */
public final class PushRouter {

  private static final Logger log = LoggerFactory.getLogger(PushRouter.class);

  private final Sessions sessions;
  private final Runnable relationChanged;

  public PushRouter(Sessions sessions) {
    this(sessions, () -> {});
  }

  /**
   * @param relationChanged run for each {@code relation.changed} push before its frames are handed
   *     on (the connector forgets its remembered write permissions)
   */
  public PushRouter(Sessions sessions, Runnable relationChanged) {
    this.sessions = sessions;
    this.relationChanged = relationChanged;
  }

  /**
   * Routes one channel message — a push, or an array of pushes delivered in its order — and returns
   * the number of frames handed to connections (sockets closed, for {@code session.revoked}). The
   * frames of one message for one connection go to its event loop as one task with one flush.
   */
  public int route(String message) {
    List<Incoming> pushes;
    try {
      pushes = PushReader.read(message);
    } catch (JacksonException e) {
      log.warn("dropped a push that is not a Push: {}", e.getOriginalMessage());
      return 0;
    }
    Map<Connection, List<Connection.Pushed>> byConnection = new LinkedHashMap<>();
    int handed = 0;
    for (Incoming push : pushes) {
      if (push == null
          || push.method() == null
          || push.userIds() == null
          || push.userIds().isEmpty()) {
        log.warn(
            "dropped a push without a method or receivers: {}",
            push == null ? null : push.pushId());
        continue;
      }
      if (WsMethods.PUSH_SESSION_REVOKED.equals(push.method())) {
        handed += revoke(push);
        continue;
      }
      if (Push.RELATION_CHANGED.equals(push.method())) {
        relationChanged.run();
      }
      Outgoing out = frame(push);
      Connection.Pushed pushed =
          new Connection.Pushed(Json.mapper().writeValueAsBytes(out.frame()), out.trackId());
      for (Long user : push.userIds()) {
        if (user == null) {
          continue;
        }
        for (Connection connection : sessions.of(user)) {
          byConnection.computeIfAbsent(connection, c -> new ArrayList<>(4)).add(pushed);
          handed++;
        }
      }
    }
    byConnection.forEach(Connection::pushAll);
    return handed;
  }

  /** Closes every socket of the named users: their tokens no longer hold. */
  private int revoke(Incoming push) {
    String reason = push.data() == null ? null : push.data().field("reason");
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
    PushReader.Data data = push.data();
    Object json = data == null ? null : new RawValue(data.json());
    if (WsMethods.PUSH_CHAT.equals(push.method())) {
      String msgId = field(data, "msgId");
      String id = msgId != null ? msgId : push.pushId();
      Frame frame = Frame.push(id, push.method(), field(data, "sendId"), json);
      int contentType = number(field(data, "contentType"));
      boolean message =
          contentType == ChatTypes.CONTENT_MESSAGE
              || contentType == ChatTypes.CONTENT_ECHO
              || contentType == ChatTypes.CONTENT_RECALL;
      return new Outgoing(frame, message && msgId != null ? msgId : null);
    }
    String formId =
        WsMethods.PUSH_TYPING.equals(push.method()) ? field(data, "sendId") : Frame.SYSTEM_SENDER;
    return new Outgoing(Frame.push(push.pushId(), push.method(), formId, json), null);
  }

  private static String field(PushReader.Data data, String name) {
    return data == null ? null : data.field(name);
  }

  private static int number(String text) {
    if (text == null) {
      return -1;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
