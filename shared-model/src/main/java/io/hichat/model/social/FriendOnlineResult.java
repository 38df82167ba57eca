package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** S18: for each friend (user id in decimal), whether they have a live connection. */
public record FriendOnlineResult(@JsonProperty("onLineList") Map<String, Boolean> onLineList) {}
