package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S7: the caller's remark for a friend; {@code ""} clears it. */
public record FriendRemarkRequest(@JsonProperty("friend_uid") String friendUid, String remark) {}
