package io.hichat.connector.frame;

import io.hichat.model.api.ErrorCode;

/**
 * A client's text frame, decoded once at the edge ({@link FrameDecoder}): the wire's numeric {@code
 * frameType} and string {@code method} become one of these types, and nothing after the codec looks
 * at them again.
 */
public sealed interface ClientFrame {

  /** The frame's id as the client sent it; {@code null} when it had none usable. */
  String id();

  /**
   * A method call: {@code frameType} 0 ({@code answered}: exactly one ack or error follows) or 4
   * (no reply on success; a failure is still reported by an error frame with the id).
   */
  record Request(String id, boolean answered, Call call) implements ClientFrame {}

  /** {@code frameType} 1: answered with a ping frame. */
  record Ping(String id) implements ClientFrame {}

  /** {@code frameType} 3: the client holds the pushed chat frame whose id this is. */
  record Ack(String id) implements ClientFrame {}

  /** A frame that cannot be processed, answered with this error and nothing else. */
  record Invalid(String id, ErrorCode code, String message) implements ClientFrame {}
}
