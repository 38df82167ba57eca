package io.hichat.model.user;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * U9: a partial profile update; absent fields stay as they are.
 *
 * <p>HiChat additions: changing {@code phone} needs {@code phoneCode} sent to the new phone, and
 * changing {@code password} needs {@code oldPassword}. {@code type} cannot be changed by the user.
 */
public record UpdateUserRequest(
    String name,
    String phone,
    String avatar,
    Integer type,
    Integer sex,
    String introduction,
    String password,
    String region,
    String occupation,
    String tags,
    @JsonProperty("moments_cover") String momentsCover,
    String phoneCode,
    String oldPassword) {}
