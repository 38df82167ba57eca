package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G15: invite one user. */
public record GroupInvitationCreateRequest(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("invitee_uid") String inviteeUid,
    String message) {}
