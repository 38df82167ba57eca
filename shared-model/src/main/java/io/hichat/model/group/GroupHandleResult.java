package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G3: the request's result now; {@code idempotent} when it had already been handled so, and {@code
 * invalid_reason} when it could not be approved and was invalidated ({@code handle_result} 3).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupHandleResult(
    @JsonProperty("request_id") String requestId,
    @JsonProperty("handle_result") int handleResult,
    boolean idempotent,
    @JsonProperty("invalid_reason") String invalidReason) {}
