package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * S4's FriendRequests object: one request seen from the caller, with the profile of the other party
 * ({@code peer_uid}). Times are unix seconds; other users' phone, email and last login are always
 * empty.
 *
 * @param id the numeric id (the reference's {@code friend_req_id})
 * @param userId the applicant
 * @param reqUid the target
 * @param messageStatus 1 shown (hidden requests are not listed)
 * @param handleResult 0 pending, 1 accepted, 2 rejected, 3 ignored
 * @param status {@code pending}, {@code accepted}, {@code rejected} or {@code ignored}
 * @param handledAt 0 while pending
 * @param readState 1 when the caller has read their receipt of it (or has none), else 0
 * @param actionable whether the caller can still accept or reject it
 */
public record FriendRequestItem(
    long id,
    @JsonProperty("request_id") String requestId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("req_uid") String reqUid,
    @JsonProperty("peer_uid") String peerUid,
    @JsonProperty("req_msg") String reqMsg,
    @JsonProperty("message_status") int messageStatus,
    @JsonProperty("req_time") long reqTime,
    @JsonProperty("handle_result") int handleResult,
    String status,
    @JsonProperty("status_text") String statusText,
    @JsonProperty("handle_msg") String handleMsg,
    @JsonProperty("handled_at") long handledAt,
    @JsonProperty("read_state") int readState,
    boolean actionable,
    String nickname,
    String avatar,
    int sex,
    String email,
    String phone,
    String introduction,
    String region,
    String occupation,
    String tags,
    @JsonProperty("user_status") int userStatus,
    @JsonProperty("user_type") int userType,
    @JsonProperty("last_login") String lastLogin) {}
