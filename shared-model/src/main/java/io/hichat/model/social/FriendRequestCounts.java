package io.hichat.model.social;

/**
 * S3 and S6: the caller's unread friend-request receipts.
 *
 * @param count {@code apply + result}
 * @param apply requests received and not read yet
 * @param result answers to the caller's requests not read yet
 */
public record FriendRequestCounts(long count, long apply, long result) {}
