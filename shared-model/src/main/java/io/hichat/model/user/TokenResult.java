package io.hichat.model.user;

/** An access token and its expiry in unix seconds. */
public record TokenResult(String token, long expire) {}
