package io.hichat.model.social;

import java.util.List;

/** S17: all of the caller's friends. */
public record FriendListResult(List<Friend> list) {}
