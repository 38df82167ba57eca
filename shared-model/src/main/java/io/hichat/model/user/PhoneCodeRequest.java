package io.hichat.model.user;

/** U5: send a verification code to a phone. */
public record PhoneCodeRequest(String phone) {}
