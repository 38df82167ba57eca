package io.hichat.functions.user.domain;

/** The user's files in storage, as far as accounts need them. */
public interface UserMedia {

  /** Removes every file the user uploaded; failures are logged and left to storage lifecycle. */
  void deleteAllOf(long userId);
}
