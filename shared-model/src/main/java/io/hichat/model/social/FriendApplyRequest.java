package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * S1: ask {@code user_uid} to become friends.
 *
 * @param reqMsg a greeting shown to the target
 * @param remark the applicant's remark for the target, set on the applicant's friend row when the
 *     request is accepted
 */
public record FriendApplyRequest(
    @JsonProperty("user_uid") String userUid,
    @JsonProperty("req_msg") String reqMsg,
    String remark) {}
