package io.hichat.model.im;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of I6: read progress, or hiding. At most one of {@code seq} and {@code read}.
 *
 * @param conversationId optional; when given it must equal the entry's key
 * @param chatType optional; when given it must be the conversation's kind
 * @param isShow false hides the conversation (and reads everything in it) until a new message; true
 *     shows it again
 * @param seq the caller has read up to this seq (never lowers the read position)
 * @param read the number of messages newly read, added to the read position
 */
public record ConversationUpdate(
    String conversationId,
    Integer chatType,
    @JsonProperty("isShow") Boolean isShow,
    Long seq,
    Long read) {}
