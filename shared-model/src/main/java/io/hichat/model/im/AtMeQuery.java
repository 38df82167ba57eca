package io.hichat.model.im;

/**
 * I2: the caller's unread messages of a conversation that mention them or everyone, oldest first;
 * {@code count} 1..{@value ChatLogQuery#MAX_COUNT}, default {@value #DEFAULT_COUNT}.
 */
public record AtMeQuery(String conversationId, Integer count) {

  public static final int DEFAULT_COUNT = 50;
}
