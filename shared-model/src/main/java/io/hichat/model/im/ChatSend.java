package io.hichat.model.im;

/**
 * The data of a {@code chat.user} frame. The sender is the connection's user: a {@code sendId} that
 * names anyone else is refused.
 *
 * @param conversationId optional; derived from {@code chatType} and {@code recvId} when absent and
 *     must agree with them when present
 * @param recvId the peer's user id (single) or the group id (group), as a string
 * @param clientMsgId the client's id for this message; a resend with the same one never creates a
 *     second message. Defaults to the frame id.
 */
public record ChatSend(
    String conversationId,
    int chatType,
    String sendId,
    String recvId,
    String clientMsgId,
    Long sendTime,
    ChatBody msg) {}
