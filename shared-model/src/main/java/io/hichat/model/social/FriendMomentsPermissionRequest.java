package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S10: 0 allow, 1 chat only, 2 hide the caller's moments from this friend. */
public record FriendMomentsPermissionRequest(
    @JsonProperty("friend_uid") String friendUid, Integer permission) {}
