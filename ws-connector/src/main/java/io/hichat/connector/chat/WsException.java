package io.hichat.connector.chat;

import io.hichat.model.api.ErrorCode;

/** A call refused with a coded error: answered as an error frame echoing the frame's id. */
public final class WsException extends RuntimeException {

  private final ErrorCode code;

  public WsException(ErrorCode code) {
    this(code, code.message());
  }

  public WsException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
