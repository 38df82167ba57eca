package io.hichat.functions.user.store;

import java.time.Instant;

/** One {@code users} row. */
public record UserRow(
    long id,
    String avatar,
    String nickname,
    String phone,
    String email,
    int type,
    Instant lastLogin,
    String passwordHash,
    int status,
    int sex,
    String introduction,
    String region,
    String occupation,
    String tags,
    String momentsCover,
    int tokenVersion) {}
