package io.hichat.functions.group.store;

/**
 * A row of {@code group_members} with the member's profile; times in unix milliseconds (0 = never).
 */
public record MemberRow(
    long groupId,
    long userId,
    int role,
    long joinTime,
    int joinSource,
    long inviterUid,
    long operatorUid,
    String groupNickname,
    String groupRemark,
    long settingsUpdatedAt,
    String nickname,
    String avatar,
    int sex,
    String introduction) {}
