package io.hichat.model.im;

import java.util.Map;

/**
 * I6: read progress or hiding for up to {@value #MAX_ENTRIES} conversations, keyed by conversation
 * id. All entries are checked before any is applied.
 */
public record ConversationUpdateRequest(Map<String, ConversationUpdate> conversationList) {

  public static final int MAX_ENTRIES = 100;
}
