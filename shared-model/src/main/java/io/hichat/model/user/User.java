package io.hichat.model.user;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The reference's shared User object; {@code tags} is a JSON-array string. */
public record User(
    String id,
    String mobile,
    String nickname,
    int sex,
    String avatar,
    String lastLogin,
    String introduction,
    String email,
    String region,
    String occupation,
    String tags,
    @JsonProperty("moments_cover") String momentsCover) {}
