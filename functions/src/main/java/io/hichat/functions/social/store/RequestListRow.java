package io.hichat.functions.social.store;

import java.time.Instant;

/**
 * One friend request as a list shows it to a user: the request, whether that user has read their
 * receipt of it, and the other party's profile.
 *
 * @param handledAt null while pending
 * @param read false while the user has an unread receipt of it
 */
public record RequestListRow(
    long id,
    long applicant,
    long target,
    String reqMsg,
    Instant reqTime,
    int handleResult,
    String handleMsg,
    Instant handledAt,
    boolean read,
    PeerProfile peer) {}
