package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One announcement of a group; times in unix milliseconds ({@code pinned_at} 0 = not pinned). */
public record GroupAnnouncement(
    String id,
    @JsonProperty("group_id") String groupId,
    String content,
    @JsonProperty("created_by") String createdBy,
    @JsonProperty("created_at") long createdAt,
    boolean pinned,
    @JsonProperty("pinned_at") long pinnedAt) {}
