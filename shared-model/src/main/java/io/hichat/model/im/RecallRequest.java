package io.hichat.model.im;

/**
 * I4: recall a message (SEED-SPEC §5.10).
 *
 * @param chatType optional; when given it must be the conversation's kind
 */
public record RecallRequest(String conversationId, String msgId, Integer chatType) {}
