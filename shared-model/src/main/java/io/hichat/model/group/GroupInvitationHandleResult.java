package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G18: the invitation's {@code status} and what it meant for joining: {@code join_state} joined,
 * pending_approval (an application {@code group_request_id} waits for an admin), approval_rejected,
 * rejected, expired or invalidated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupInvitationHandleResult(
    @JsonProperty("invitation_id") String invitationId,
    int status,
    @JsonProperty("join_state") String joinState,
    @JsonProperty("group_request_id") String groupRequestId,
    boolean idempotent,
    @JsonProperty("group_id") String groupId) {}
