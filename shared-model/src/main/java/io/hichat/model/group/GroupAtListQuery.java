package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G30: @-mention candidates, optionally those whose nickname or group nickname contains {@code
 * keyword}.
 */
public record GroupAtListQuery(@JsonProperty("group_id") String groupId, String keyword) {}
