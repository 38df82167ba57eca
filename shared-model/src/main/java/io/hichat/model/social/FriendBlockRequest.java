package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S9: block ({@code true}) or unblock a friend. */
public record FriendBlockRequest(@JsonProperty("friend_uid") String friendUid, Boolean block) {}
