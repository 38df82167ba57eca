package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G2: apply to join; the applicant is the caller. */
public record GroupApplyRequest(
    @JsonProperty("group_id") String groupId, @JsonProperty("req_msg") String reqMsg) {}
