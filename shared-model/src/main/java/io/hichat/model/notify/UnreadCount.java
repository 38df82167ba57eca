package io.hichat.model.notify;

/** I12's answer. */
public record UnreadCount(long count) {}
