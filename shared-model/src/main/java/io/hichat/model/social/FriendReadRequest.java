package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * S3: mark the caller's receipts of these requests read; no ids (and no {@code friend_req_id}, or
 * 0) marks all of them.
 */
public record FriendReadRequest(
    @JsonProperty("request_ids") List<String> requestIds,
    @JsonProperty("friend_req_id") Long friendReqId) {}
