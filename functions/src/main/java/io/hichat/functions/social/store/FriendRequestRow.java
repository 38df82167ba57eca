package io.hichat.functions.social.store;

/**
 * One {@code friend_requests} row, as the state machine needs it.
 *
 * @param applicant {@code user_id}
 * @param target {@code req_uid}
 * @param handleResult 0 pending, 1 accepted, 2 rejected, 3 ignored
 * @param remark the applicant's preset remark for the target
 */
public record FriendRequestRow(
    long id, long applicant, long target, String reqMsg, int handleResult, String remark) {}
