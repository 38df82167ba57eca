package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * S1's answer.
 *
 * @param requestId the pending request (new or the one already pending), or the target's request
 *     that this call accepted; {@code ""} when the two were already friends
 * @param status {@code pending}, or {@code accepted} when the two are friends now
 */
public record FriendApplyResult(
    @JsonProperty("request_id") String requestId,
    String status,
    @JsonProperty("already_pending") boolean alreadyPending,
    @JsonProperty("already_friend") boolean alreadyFriend) {}
