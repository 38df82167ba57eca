package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G32: the group's announcements. */
public record GroupAnnouncementQuery(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("include_deleted") Boolean includeDeleted) {}
