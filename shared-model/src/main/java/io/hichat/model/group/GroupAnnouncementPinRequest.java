package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G33: pin or unpin one announcement. */
public record GroupAnnouncementPinRequest(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("announcement_id") String announcementId,
    Boolean pinned) {}
