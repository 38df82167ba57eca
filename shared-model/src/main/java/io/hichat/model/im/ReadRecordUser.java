package io.hichat.model.im;

/**
 * A member in I3's answer.
 *
 * @param readAt when the member's read position last moved past the message, unix ms; 0 in {@code
 *     unReads}
 */
public record ReadRecordUser(String id, String nickname, String avatar, long readAt) {}
