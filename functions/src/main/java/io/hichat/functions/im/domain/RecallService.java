package io.hichat.functions.im.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.im.store.ChatHistory;
import io.hichat.functions.im.store.RecallEventPublisher;
import io.hichat.functions.im.store.StoredMessage;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.RecallEvent;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.RecallRequest;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Recall (SEED-SPEC §5.10): the sender within the window ({@link RecallSettings}), a group's owner
 * or admins at any time; in a single chat only the sender. The status flips 0 → 1 once (conditional
 * update) and the {@code im.recall} event is published after it.
 *
 * <p>Reliable without a transaction: the flip also sets {@code recallPublished: false}; the flag
 * becomes true once Kafka acknowledged the event. When the broker cannot be reached the caller gets
 * {@link ErrorCode#UNAVAILABLE}, the message stays recalled, and any later recall of it publishes
 * the event again. A recall of a message whose event was acknowledged is a success with no event.
 * Events of one message share one id ({@code recall:<msgId>}), so a consumer drops a duplicate.
 */
@Service
public class RecallService {

  private final ConversationAccess access;
  private final ChatHistory history;
  private final RecallEventPublisher events;
  private final RecallSettings settings;
  private final Clock clock;

  public RecallService(
      ConversationAccess access,
      ChatHistory history,
      RecallEventPublisher events,
      RecallSettings settings,
      Clock clock) {
    this.access = access;
    this.history = history;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  public void recall(long userId, RecallRequest r) {
    int chatType = ConversationAccess.chatTypeOf(r.conversationId());
    Check.required(r.msgId(), "msgId");
    if (!ChatHistory.isMessageId(r.msgId())) {
      throw Check.bad("msgId is not a message id");
    }
    if (r.chatType() != null && r.chatType() != chatType) {
      throw Check.bad("chatType does not match the conversation");
    }
    Access a = access.read(userId, r.conversationId());
    StoredMessage m =
        history
            .find(a.conversationId(), r.msgId())
            .filter(found -> found.seq() <= a.visibleUpTo())
            .orElseThrow(HistoryService::messageNotFound);
    boolean sender = m.sendId() == userId;
    boolean manager = a.group() && a.current() && a.role() >= 1;
    if (!a.current() || !(sender || manager)) {
      throw new DomainException(ErrorCode.RECALL_NOT_ALLOWED);
    }
    if (m.status() == ChatSchema.STATUS_RECALLED) {
      finishEarlierRecall(m);
      return;
    }
    long now = clock.millis();
    if (!manager && !settings.recallWindow().isZero()) {
      if (now - m.sendTime() > settings.recallWindow().toMillis()) {
        throw new DomainException(ErrorCode.RECALL_WINDOW_PASSED);
      }
    }
    if (!history.markRecalled(m.id(), userId, now)) {
      // recalled meanwhile by someone else: theirs stands
      history.find(m.id()).ifPresent(this::finishEarlierRecall);
      return;
    }
    publish(m, userId, now);
  }

  /** An earlier recall whose event was never acknowledged is announced now. */
  private void finishEarlierRecall(StoredMessage m) {
    if (Boolean.FALSE.equals(m.recallPublished())) {
      publish(m, m.recalledBy(), clock.millis());
    }
  }

  private void publish(StoredMessage m, long recalledBy, long now) {
    events.publish(
        new RecallEvent(
            "recall:" + m.id(),
            now,
            m.conversationId(),
            m.chatType(),
            m.sendId(),
            m.recvId(),
            m.id(),
            m.seq(),
            recalledBy));
    history.markRecallPublished(m.id());
  }
}
