package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S5: one friend request, by {@code request_id} or the legacy numeric {@code friend_req_id}. */
public record FriendRequestRef(
    @JsonProperty("request_id") String requestId,
    @JsonProperty("friend_req_id") Long friendReqId) {}
