package io.hichat.functions.consumer;

/**
 * A record that can never be processed (malformed, invalid): it goes to the dead-letter topic at
 * once instead of being retried.
 */
public class PoisonRecordException extends RuntimeException {

  public PoisonRecordException(String message) {
    super(message);
  }

  public PoisonRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
