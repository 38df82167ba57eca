package io.hichat.model.im;

/**
 * The ack data of a {@code chat.user} frame: the message is durably accepted (in Kafka) under this
 * client message id and conversation. Its {@code msgId} and {@code seq} come later, with the
 * sender's echo (contentType 7).
 */
public record ChatAck(String clientMsgId, String conversationId) {}
