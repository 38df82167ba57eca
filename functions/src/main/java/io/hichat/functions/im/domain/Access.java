package io.hichat.functions.im.domain;

import io.hichat.model.im.ChatTypes;

/**
 * What the caller may do in one conversation.
 *
 * @param peerId single chats: the other party; else 0
 * @param groupId group chats: the group; else 0
 * @param current a party now: in the pair of a single chat, or a member of a group in a normal
 *     state
 * @param role group chats while current: 0 member, 1 admin, 2 owner; else -1
 * @param visibleUpTo the last seq the caller may see: unlimited for current parties, the removal
 *     point for a removed group member
 */
public record Access(
    String conversationId,
    int chatType,
    long peerId,
    long groupId,
    boolean current,
    int role,
    long visibleUpTo) {

  public static final long UNLIMITED = Long.MAX_VALUE;

  public boolean group() {
    return chatType == ChatTypes.GROUP;
  }

  /** The conversation's latest seq as the caller may see it. */
  public long visible(long conversationSeq) {
    return Math.min(conversationSeq, visibleUpTo);
  }
}
