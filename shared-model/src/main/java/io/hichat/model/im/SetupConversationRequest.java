package io.hichat.model.im;

/**
 * I8: make sure a conversation and its entries exist (SEED-SPEC §5.7).
 *
 * @param sendId must be the caller
 * @param recvId a friend's user id (single) or a group the caller belongs to (group)
 * @param chatType 1 single, 2 group
 */
public record SetupConversationRequest(String sendId, String recvId, Integer chatType) {}
