package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** G13: remove these members. */
public record GroupMembersRequest(
    @JsonProperty("group_id") String groupId, @JsonProperty("member_ids") List<String> memberIds) {}
