package io.hichat.model.im;

/** The data of a {@code chat.typing} frame, and of the push the peers receive. */
public record Typing(String conversationId, int chatType, String recvId, String sendId) {}
