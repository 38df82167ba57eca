package io.hichat.model.notify;

/** I10: newest first, {@code offset} from 0, {@code limit} 1..100 (default 20). */
public record NotificationQuery(Boolean unreadOnly, Integer offset, Integer limit) {}
