package io.hichat.model.user;

/** U7: a new password, proven by a code sent to the account's phone or email (one of the two). */
public record ResetPasswordRequest(String password, String phone, String email, String code) {}
