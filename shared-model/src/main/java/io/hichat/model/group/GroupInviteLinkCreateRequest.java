package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G24: {@code expire_seconds} 0 or missing = never; {@code max_uses} 0 or missing = unlimited. */
public record GroupInviteLinkCreateRequest(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("expire_seconds") Long expireSeconds,
    @JsonProperty("max_uses") Integer maxUses) {}
