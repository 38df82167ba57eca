package io.hichat.model.im;

import java.util.List;

/**
 * The ack data of {@code chat.sync}: the messages in seq order (recalled ones without content),
 * whether more follow, and the conversation's latest seq the caller may see.
 */
public record SyncResult(
    String conversationId, List<ChatPush> messages, boolean hasMore, long lastSeq) {}
