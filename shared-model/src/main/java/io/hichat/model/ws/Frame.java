package io.hichat.model.ws;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One WebSocket text frame, in both directions (SEED-SPEC §2.2).
 *
 * <p>Client to server: {@code id} is chosen by the client and unique per connection; {@code method}
 * names one of {@link WsMethods}; {@code frameType} is {@link #DATA} (answered by exactly one
 * {@link #ACK} or one {@link #ERROR} frame echoing {@code id}), {@link #NO_ACK} (never acked:
 * heartbeats, typing; only a failure is reported, by an error frame echoing {@code id}), {@link
 * #PING} (answered by a ping frame) or {@link #ACK} (the client confirms a pushed chat frame:
 * {@code id} = the pushed frame's id).
 *
 * <p>Server to client: pushes are {@link #DATA} frames whose {@code method} is one of {@link
 * WsMethods}' push names ({@code ""} for chat frames) and {@code formId} the sender ({@code "101"}
 * for system pushes). An ack may carry a result in {@code data} ({@code chat.sync}, {@code
 * user.online}); an error frame carries {@code {code, msg}}.
 *
 * @param ackSeq the reference's 3-way ack counter; HiChat acks once and sets it to 1
 * @param userId the receiver, rarely used
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Frame(
    String id,
    Integer ackSeq,
    int frameType,
    String method,
    String userId,
    String formId,
    Object data) {

  public static final int DATA = 0;
  public static final int PING = 1;
  public static final int ERROR = 2;
  public static final int ACK = 3;
  public static final int NO_ACK = 4;

  /** The sender id of pushes that come from the system rather than a user. */
  public static final String SYSTEM_SENDER = "101";

  /** The largest text frame a client may send, in bytes (a 4,000-character message fits). */
  public static final int MAX_CLIENT_FRAME_BYTES = 64 * 1024;

  /** The longest client frame id accepted. */
  public static final int MAX_ID_LENGTH = 64;

  public static Frame ack(String id, Object data) {
    return new Frame(id, 1, ACK, null, null, null, data);
  }

  public static Frame error(String id, int code, String msg) {
    return new Frame(id, null, ERROR, null, null, null, new ErrorData(code, msg));
  }

  public static Frame push(String id, String method, String formId, Object data) {
    return new Frame(id, null, DATA, method, null, formId, data);
  }

  /** The {@code data} of an error frame. */
  public record ErrorData(int code, String msg) {}
}
