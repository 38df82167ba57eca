package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G26: revoke one link of the group. */
public record GroupInviteLinkRevokeRequest(
    @JsonProperty("group_id") String groupId, String token) {}
