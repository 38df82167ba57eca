package io.hichat.model.im;

import java.util.Map;

/** I5: the caller's conversations by id, pinned ones first, then by latest activity. */
public record ConversationList(Map<String, Conversation> conversationList) {}
