package io.hichat.model.ws;

import java.util.Set;

/**
 * Method names on the client socket. Client methods are what a client may send; push methods are
 * what the server sends. The reference's internal {@code push*} methods do not exist here: pushes
 * reach connectors through their delivery channels, never through a client socket.
 */
public final class WsMethods {

  /** Send a chat message: data {@link io.hichat.model.im.ChatSend}; acked once Kafka has it. */
  public static final String CHAT_USER = "chat.user";

  /** Report read progress: data {@link io.hichat.model.im.MarkChat}. */
  public static final String CHAT_MARK = "chat.markChat";

  /** Liveness probe, usually as a no-ack frame. */
  public static final String CHAT_PING = "chat.ping";

  /** The online state of the caller's friends: the ack's data is the list of online friend ids. */
  public static final String USER_ONLINE = "user.online";

  /** Messages of one conversation after a seq: data {@link io.hichat.model.im.SyncRequest}. */
  public static final String CHAT_SYNC = "chat.sync";

  /** "Typing…": relayed to the peer or the group's online members, never stored. */
  public static final String CHAT_TYPING = "chat.typing";

  public static final Set<String> CLIENT =
      Set.of(CHAT_USER, CHAT_MARK, CHAT_PING, USER_ONLINE, CHAT_SYNC, CHAT_TYPING);

  /** Chat frames (new message, echo, read receipt, recall) have an empty method. */
  public static final String PUSH_CHAT = "";

  public static final String PUSH_NOTIFY = "notify";
  public static final String PUSH_RELATION_CHANGED = "relation.changed";
  public static final String PUSH_TREND_NOTIFY = "trend.notify";
  public static final String PUSH_CALL_SIGNAL = "call.signal";
  public static final String PUSH_TYPING = CHAT_TYPING;

  /**
   * A message the server refused after the connector had accepted it (the sender was unfriended,
   * blocked or removed in the meantime): data {@link io.hichat.model.im.ChatFailed}, to the
   * sender's devices. The message is not stored.
   */
  public static final String PUSH_CHAT_FAILED = "chat.failed";

  /**
   * Internal: the user's tokens were revoked (password reset, account deleted). A connector writes
   * no frame for it; it closes every socket it holds for the user with close code 4003 and the
   * reason in {@code data.reason}, so a device has to sign in again. Data {@code {"reason":
   * "password_changed" | "account_deleted"}}.
   */
  public static final String PUSH_SESSION_REVOKED = "session.revoked";

  private WsMethods() {}
}
