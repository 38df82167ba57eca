package io.hichat.model.notify;

import com.fasterxml.jackson.annotation.JsonProperty;

/** I11's answer: how many became read now, and how many remain unread. */
public record MarkReadResult(long affected, @JsonProperty("unread_count") long unreadCount) {}
