package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G25: the group's links, revoked ones only when asked. */
public record GroupInviteLinkQuery(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("include_revoked") Boolean includeRevoked) {}
