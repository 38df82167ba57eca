package io.hichat.model.user;

/** U4 and U11: an email address and the code sent to it. */
public record EmailVerifyRequest(String email, String code) {}
