package io.hichat.model.im;

/**
 * The data of a {@code chat.failed} push: the chat consumer refused a message the connector had
 * accepted, and stored nothing. The client marks its message {@code clientMsgId} as failed.
 *
 * @param code the business code ({@code 2004xx}: not friends, blocked, removed from the group,
 *     group unavailable)
 */
public record ChatFailed(String clientMsgId, String conversationId, int code, String msg) {}
