package io.hichat.functions.im.store;

/**
 * A {@code conversation} document.
 *
 * @param seq the latest message's seq, 0 before the first message
 * @param lastMessageId the id of the latest message ({@code lastMsg._id}), or null
 */
public record ConversationState(
    String id, int chatType, long seq, String lastMessageId, long updatedAt) {}
