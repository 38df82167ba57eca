package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S11: message notifications from this friend on or off. */
public record FriendNotificationRequest(
    @JsonProperty("friend_uid") String friendUid, Boolean enabled) {}
