package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** S14: the caller's tags for a friend, replacing the previous ones; {@code []} clears them. */
public record FriendTagsRequest(@JsonProperty("friend_uid") String friendUid, List<String> tags) {}
