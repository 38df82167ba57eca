package io.hichat.model.user;

/** U3: send a verification code to an email address. */
public record EmailCodeRequest(String email) {}
