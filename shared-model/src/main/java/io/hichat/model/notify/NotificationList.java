package io.hichat.model.notify;

import java.util.List;

/** I10's answer. */
public record NotificationList(List<NotificationItem> list) {}
