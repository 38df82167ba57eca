package io.hichat.model.group;

/**
 * G6, G7, G17: the caller's unread receipts: applications to groups the caller manages ({@code
 * apply}), answers to the caller's applications ({@code result}), invitations ({@code invite}), and
 * their sum ({@code count}).
 */
public record GroupRequestCounts(long count, long apply, long result, long invite) {}
