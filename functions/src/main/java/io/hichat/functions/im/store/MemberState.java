package io.hichat.functions.im.store;

/**
 * A {@code conversation_members} document: one user's position in one conversation (see {@code
 * ChatSchema}). Absent numbers read as 0 and an absent {@code isShow} as true.
 *
 * @param removedSeq the last seq a removed group member may see; null while a member
 */
public record MemberState(
    long userId,
    String conversationId,
    int chatType,
    long readSeq,
    long readAt,
    boolean isShow,
    boolean isTop,
    boolean isMute,
    long atMeSeq,
    long hiddenSeq,
    Long removedSeq) {}
