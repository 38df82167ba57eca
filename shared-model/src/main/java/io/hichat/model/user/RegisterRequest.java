package io.hichat.model.user;

/** U1: a new account. {@code phoneCode} is the 6-digit code sent to {@code phone}. */
public record RegisterRequest(
    String phone, String password, String nickname, Integer sex, String avatar, String phoneCode) {}
