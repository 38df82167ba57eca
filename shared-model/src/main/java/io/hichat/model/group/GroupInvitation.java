package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shared GroupInvitation object. {@code status} 0 pending, 1 accepted, 2 rejected, 3
 * invalidated, 4 expired; times in unix milliseconds (0 = not yet); {@code read_state} is the
 * invitee's receipt; {@code actionable} whether the invitee can still answer it.
 */
public record GroupInvitation(
    String id,
    @JsonProperty("group_id") String groupId,
    @JsonProperty("inviter_uid") String inviterUid,
    @JsonProperty("invitee_uid") String inviteeUid,
    @JsonProperty("inviter_role_snapshot") int inviterRoleSnapshot,
    String message,
    int status,
    @JsonProperty("reject_reason") String rejectReason,
    @JsonProperty("created_at") long createdAt,
    @JsonProperty("handled_at") long handledAt,
    @JsonProperty("expires_at") long expiresAt,
    @JsonProperty("read_state") int readState,
    boolean actionable,
    @JsonProperty("group_request_id") String groupRequestId,
    GroupSearchItem group) {}
