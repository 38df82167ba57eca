package io.hichat.model.im;

/**
 * Conversation ids (SEED-SPEC §5.6): a single chat is the two user ids in numeric order joined by
 * {@code _} ({@code "10_20"}); a group chat is the group id.
 */
public final class ConversationIds {

  private ConversationIds() {}

  public static String single(long a, long b) {
    return Math.min(a, b) + "_" + Math.max(a, b);
  }

  public static String group(long groupId) {
    return Long.toString(groupId);
  }

  /**
   * The other party of a single chat for {@code userId}, or -1 when {@code conversationId} is not a
   * well-formed single chat that {@code userId} is part of.
   */
  public static long peer(String conversationId, long userId) {
    long[] pair = pair(conversationId);
    if (pair == null) {
      return -1;
    }
    if (pair[0] == userId) {
      return pair[1];
    }
    return pair[1] == userId ? pair[0] : -1;
  }

  /** The two users of a single chat id in order, or null when it is not one. */
  public static long[] pair(String conversationId) {
    if (conversationId == null) {
      return null;
    }
    int sep = conversationId.indexOf('_');
    if (sep <= 0 || sep != conversationId.lastIndexOf('_')) {
      return null;
    }
    long a = parseId(conversationId.substring(0, sep));
    long b = parseId(conversationId.substring(sep + 1));
    if (a <= 0 || b <= 0 || a >= b) {
      return null;
    }
    return new long[] {a, b};
  }

  /** The group id of a group conversation id, or -1. */
  public static long groupId(String conversationId) {
    return parseId(conversationId);
  }

  /** A positive decimal id without sign or leading zeros, or -1. */
  public static long parseId(String text) {
    if (text == null || text.isEmpty() || text.length() > 19 || text.charAt(0) == '0') {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
      if (value < 0) {
        return -1;
      }
    }
    return value;
  }
}
