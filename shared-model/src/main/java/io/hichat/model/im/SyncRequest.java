package io.hichat.model.im;

/**
 * The data of a {@code chat.sync} frame: messages of {@code conversationId} with a seq greater than
 * {@code afterSeq}, oldest first, at most {@code limit} (default and maximum {@link #MAX_LIMIT}).
 */
public record SyncRequest(String conversationId, Long afterSeq, Integer limit) {

  public static final int MAX_LIMIT = 200;
}
