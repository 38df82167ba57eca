package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G1: the new group's id. */
public record GroupCreateResult(@JsonProperty("group_id") String groupId) {}
