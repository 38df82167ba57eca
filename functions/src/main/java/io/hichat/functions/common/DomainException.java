package io.hichat.functions.common;

import io.hichat.model.api.ErrorCode;

/**
 * A request that breaks a rule. Carries the {@link ErrorCode} that the edge turns into an HTTP
 * status and envelope; thrown before anything is written, so a rejected request changes nothing.
 */
public class DomainException extends RuntimeException {

  private final ErrorCode error;

  public DomainException(ErrorCode error) {
    this(error, error.message());
  }

  public DomainException(ErrorCode error, String detail) {
    super(detail, null, false, false);
    this.error = error;
  }

  public ErrorCode error() {
    return error;
  }
}
