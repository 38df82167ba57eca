package io.hichat.model.api;

/** The {@code {}} payload of endpoints that answer nothing but success. */
public record Empty() {
  public static final Empty INSTANCE = new Empty();
}
