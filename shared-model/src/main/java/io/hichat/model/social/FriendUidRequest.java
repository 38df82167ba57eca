package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S8: the friend to delete. */
public record FriendUidRequest(@JsonProperty("friend_uid") String friendUid) {}
