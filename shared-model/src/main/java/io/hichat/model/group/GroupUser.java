package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The social view of a user inside group answers; {@code is_current_user} is 1 for the caller. */
public record GroupUser(
    String id,
    String nickname,
    int sex,
    String avatar,
    String introduction,
    @JsonProperty("is_current_user") int isCurrentUser) {}
