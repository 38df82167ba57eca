package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G19: the fields to change; missing fields stay. {@code is_verify} -1 unchanged, 0 open, 1
 * approval.
 */
public record GroupUpdateRequest(
    @JsonProperty("group_id") String groupId,
    String name,
    String icon,
    String description,
    String notification,
    @JsonProperty("is_verify") Integer isVerify) {}
