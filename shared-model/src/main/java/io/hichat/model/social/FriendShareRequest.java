package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S16 (reserved): share a friend's contact with another friend. */
public record FriendShareRequest(
    @JsonProperty("friend_uid") String friendUid, @JsonProperty("target_uid") String targetUid) {}
