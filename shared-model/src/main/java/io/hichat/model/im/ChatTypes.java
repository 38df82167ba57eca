package io.hichat.model.im;

/**
 * Chat kinds, message types and push content types (SEED-SPEC §5.5).
 *
 * <p>{@code mType} says what a message is; {@code contentType} says what a chat push frame is
 * about: a new message, the sender's echo, a read receipt or a recall.
 */
public final class ChatTypes {

  public static final int SINGLE = 1;
  public static final int GROUP = 2;

  public static final int TEXT = 1;
  public static final int FILE = 2;
  public static final int VOICE = 3;
  public static final int IMAGE = 4;
  public static final int MEME = 5;
  public static final int VIDEO = 8;
  public static final int CALL_RECORD = 10;

  public static final int CONTENT_MESSAGE = 0;
  public static final int CONTENT_READ = 6;
  public static final int CONTENT_ECHO = 7;
  public static final int CONTENT_RECALL = 9;

  /** The longest text message, in characters. */
  public static final int MAX_TEXT_CHARS = 4000;

  /** The most users one message may mention. */
  public static final int MAX_AT_USERS = 100;

  /** The longest quote (a JSON string {@code {id, name, preview}}), in characters. */
  public static final int MAX_QUOTE_CHARS = 1000;

  private ChatTypes() {}

  public static boolean isStoredType(int mType) {
    return mType == TEXT
        || mType == FILE
        || mType == VOICE
        || mType == IMAGE
        || mType == MEME
        || mType == VIDEO
        || mType == CALL_RECORD;
  }

  public static boolean isChatType(int chatType) {
    return chatType == SINGLE || chatType == GROUP;
  }
}
