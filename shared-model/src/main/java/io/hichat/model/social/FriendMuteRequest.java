package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S13: mute or unmute a friend. */
public record FriendMuteRequest(@JsonProperty("friend_uid") String friendUid, Boolean muted) {}
