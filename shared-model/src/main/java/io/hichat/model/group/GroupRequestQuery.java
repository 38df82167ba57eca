package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * G4: the applications of one group the caller manages (or, without {@code group_id}, of every
 * group the caller manages); {@code type} filters by {@code handle_result}; {@code class} is
 * accepted and ignored.
 */
public record GroupRequestQuery(
    @JsonProperty("group_id") String groupId,
    List<Integer> type,
    @JsonProperty("class") String clazz,
    Integer page,
    Integer size) {}
