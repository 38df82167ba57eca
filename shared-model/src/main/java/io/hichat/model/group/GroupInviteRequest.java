package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** G14: the legacy bulk invite: one invitation per user (as G15 without a message). */
public record GroupInviteRequest(
    @JsonProperty("group_id") String groupId, @JsonProperty("friend_ids") List<String> friendIds) {}
