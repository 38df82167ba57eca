package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G27: join through an invite link. */
public record GroupJoinByTokenRequest(String token, @JsonProperty("req_msg") String reqMsg) {}
