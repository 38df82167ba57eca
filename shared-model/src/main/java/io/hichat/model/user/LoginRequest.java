package io.hichat.model.user;

/** U2: phone and password. */
public record LoginRequest(String phone, String password) {}
