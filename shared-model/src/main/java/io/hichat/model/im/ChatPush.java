package io.hichat.model.im;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of a chat push frame (method {@code ""}): a new message, the sender's echo, a read
 * receipt or a recall, told apart by {@code contentType} ({@link ChatTypes}). The frame id is
 * {@code msgId} for messages, echoes and recalls; clients confirm message frames with an ack frame
 * carrying that id.
 *
 * @param seq the message's place in its conversation (gap-free, from 1); for a read receipt, the
 *     highest seq the reader has read
 * @param sendTime when the server accepted the message, unix milliseconds
 * @param sendId the sender; for a read receipt, the reader; for a recall, the original sender
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatPush(
    String conversationId,
    int chatType,
    String sendId,
    String recvId,
    long sendTime,
    int contentType,
    String msgId,
    Long seq,
    String clientMsgId,
    String recalledBy,
    Integer status,
    ChatBody msg) {}
