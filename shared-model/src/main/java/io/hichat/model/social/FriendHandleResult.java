package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * S2's answer.
 *
 * @param idempotent true when the request already had this result and nothing changed
 */
public record FriendHandleResult(
    @JsonProperty("request_id") String requestId,
    @JsonProperty("handle_result") int handleResult,
    boolean idempotent) {}
