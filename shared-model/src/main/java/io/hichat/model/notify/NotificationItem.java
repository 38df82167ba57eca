package io.hichat.model.notify;

/** I10: one notification; {@code createTime} in unix milliseconds, {@code isRead} 0 or 1. */
public record NotificationItem(
    String id,
    String notifyType,
    String bizId,
    String actorId,
    String groupId,
    String title,
    String content,
    String payload,
    int isRead,
    long createTime) {}
