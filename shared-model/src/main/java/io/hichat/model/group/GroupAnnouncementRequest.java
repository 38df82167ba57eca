package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G31: publish an announcement. */
public record GroupAnnouncementRequest(@JsonProperty("group_id") String groupId, String content) {}
