package io.hichat.model.user;

/** U8: the caller's profile. */
public record UserDetailResult(User info) {}
