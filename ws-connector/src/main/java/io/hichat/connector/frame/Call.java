package io.hichat.connector.frame;

import io.hichat.model.im.ChatSend;
import io.hichat.model.im.MarkChat;
import io.hichat.model.im.SyncRequest;
import io.hichat.model.im.Typing;
import io.hichat.model.ws.WsMethods;

/**
 * One client method ({@link WsMethods#CLIENT}) with its decoded data. Handled through {@link
 * Visitor}, so a new method cannot be added without every handler of calls taking it on (Java 17
 * has no pattern matching for {@code switch}).
 */
public sealed interface Call {

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of call. */
  interface Visitor<R> {
    R sendChat(ChatSend send);

    R markRead(MarkChat mark);

    R typing(Typing typing);

    R sync(SyncRequest request);

    R onlineFriends();

    R ping();
  }

  /**
   * Whether a repeated frame id is answered from memory after the first call completed. Calls that
   * change something are remembered, so a resend never does it twice; reads are only joined while
   * the first is in flight, and answered afresh afterwards (their answers can be large).
   */
  boolean remembered();

  /** {@code chat.user}. */
  record SendChat(ChatSend send) implements Call {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.sendChat(send);
    }

    @Override
    public boolean remembered() {
      return true;
    }
  }

  /** {@code chat.markChat}. */
  record MarkRead(MarkChat mark) implements Call {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.markRead(mark);
    }

    @Override
    public boolean remembered() {
      return true;
    }
  }

  /** {@code chat.typing}. */
  record TypingNow(Typing typing) implements Call {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.typing(typing);
    }

    @Override
    public boolean remembered() {
      return true;
    }
  }

  /** {@code chat.sync}. */
  record Sync(SyncRequest request) implements Call {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.sync(request);
    }

    @Override
    public boolean remembered() {
      return false;
    }
  }

  /** {@code user.online}. */
  record OnlineFriends() implements Call {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.onlineFriends();
    }

    @Override
    public boolean remembered() {
      return false;
    }
  }

  /** {@code chat.ping}. */
  record Ping() implements Call {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.ping();
    }

    @Override
    public boolean remembered() {
      return false;
    }
  }
}
