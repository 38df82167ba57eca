package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shared GroupRequests object: one application to join, as the caller sees it. {@code
 * handle_result} 0 pending, 1 accepted, 2 rejected, 3 invalidated; {@code join_source} 1 apply, 2
 * invitation, 3 invite link; {@code source_type} 1 direct, 2 member invitation; times in unix
 * milliseconds (0 = not yet); {@code read_state}/{@code receiver_read} are the caller's receipt;
 * {@code actionable} says whether the caller may still approve or reject it.
 */
public record GroupRequestItem(
    long id,
    @JsonProperty("request_id") String requestId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("applicant_uid") String applicantUid,
    @JsonProperty("group_id") String groupId,
    @JsonProperty("inviter_user_id") String inviterUserId,
    @JsonProperty("handle_user_id") String handleUserId,
    @JsonProperty("source_invitation_id") String sourceInvitationId,
    @JsonProperty("req_msg") String reqMsg,
    @JsonProperty("req_time") long reqTime,
    @JsonProperty("join_source") int joinSource,
    @JsonProperty("source_type") int sourceType,
    @JsonProperty("actual_join_source") int actualJoinSource,
    @JsonProperty("handle_time") long handleTime,
    @JsonProperty("handle_result") int handleResult,
    @JsonProperty("handle_msg") String handleMsg,
    @JsonProperty("invalid_reason") String invalidReason,
    @JsonProperty("receiver_read") int receiverRead,
    @JsonProperty("read_state") int readState,
    boolean actionable,
    GroupUser user,
    GroupSearchItem group) {}
