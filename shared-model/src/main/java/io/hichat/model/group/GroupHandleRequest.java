package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G3: approve (1) or reject (2) an application. */
public record GroupHandleRequest(
    @JsonProperty("request_id") String requestId,
    @JsonProperty("handle_result") Integer handleResult,
    @JsonProperty("handle_msg") String handleMsg) {}
