package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S15: report a friend, with an optional reason. */
public record FriendReportRequest(@JsonProperty("friend_uid") String friendUid, String reason) {}
