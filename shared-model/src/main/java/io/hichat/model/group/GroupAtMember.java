package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A candidate for an @-mention in a group. */
public record GroupAtMember(
    @JsonProperty("user_id") String userId,
    String nickname,
    @JsonProperty("group_nickname") String groupNickname,
    String avatar,
    @JsonProperty("role_level") int roleLevel) {}
