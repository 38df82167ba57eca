package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S12: pin or unpin a friend. */
public record FriendPinRequest(@JsonProperty("friend_uid") String friendUid, Boolean pinned) {}
