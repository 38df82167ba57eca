package io.hichat.functions.user.domain;

/** Where a verification code is sent. */
public enum Channel {
  SMS("sms"),
  EMAIL("email");

  private final String key;

  Channel(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
