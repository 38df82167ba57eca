package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A request naming one group: {@code {"group_id": "42"}} (body or query). */
public record GroupIdRequest(@JsonProperty("group_id") String groupId) {}
