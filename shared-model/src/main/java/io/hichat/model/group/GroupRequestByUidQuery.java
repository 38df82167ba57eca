package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G5: {@code class} "1" = applications the caller sent, "2" = applications to groups the caller
 * manages; {@code status} filters by {@code handle_result}; {@code type} is the legacy name of it.
 */
public record GroupRequestByUidQuery(
    @JsonProperty("class") String clazz,
    Integer status,
    Integer type,
    Integer page,
    Integer size) {}
