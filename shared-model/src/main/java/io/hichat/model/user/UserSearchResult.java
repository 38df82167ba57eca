package io.hichat.model.user;

import java.util.List;

/** U12's answer. Other users' phone numbers and emails are not disclosed. */
public record UserSearchResult(List<User> users, long total) {}
