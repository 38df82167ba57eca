package io.hichat.model.user;

/** U6: a phone and the code sent to it. */
public record PhoneVerifyRequest(String phone, String code) {}
