package io.hichat.functions.im.domain;

import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.im.store.ChatLogEntry;
import io.hichat.functions.im.store.ChatPermissions;
import io.hichat.functions.im.store.ConversationWriter;
import io.hichat.functions.im.store.MemberWriter;
import io.hichat.functions.im.store.MessageLog;
import io.hichat.functions.user.domain.UserSettings;
import io.hichat.model.event.ReadEvent;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.im.MarkChat;
import io.hichat.model.ws.WsMethods;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Read progress (ARCHITECTURE §3: per-member read positions, not bitmaps). A {@link ReadEvent}
 * becomes a read position — {@code readSeq} capped at the conversation's seq, or the highest seq of
 * the named messages that belong to the conversation, never past a removed member's {@code
 * removedSeq} — which only ever rises ({@code readAt} stamped when it does).
 *
 * <p>When it rose, receipts (contentType 6) go out if the system switch and both users' settings
 * allow (SEED-SPEC §5.9, §5.12): in a single chat to the peer; in a group to the senders of the
 * messages the new position covers ({@code seq} in {@code (old, new]}), not to the whole group —
 * "who read message m" is the members whose position reached m, which readers ask for. The position
 * is stored whatever the settings say.
 */
@Service
public class ReadReceipts {

  private static final Logger log = LoggerFactory.getLogger(ReadReceipts.class);

  private final MessageLog messages;
  private final ConversationWriter conversations;
  private final MemberWriter members;
  private final ChatPermissions permissions;
  private final UserSettings userSettings;
  private final ChatSettings settings;
  private final ChatDelivery delivery;
  private final Clock clock;

  public ReadReceipts(
      MessageLog messages,
      ConversationWriter conversations,
      MemberWriter members,
      ChatPermissions permissions,
      UserSettings userSettings,
      ChatSettings settings,
      ChatDelivery delivery,
      Clock clock) {
    this.messages = messages;
    this.conversations = conversations;
    this.members = members;
    this.permissions = permissions;
    this.userSettings = userSettings;
    this.settings = settings;
    this.delivery = delivery;
    this.clock = clock;
  }

  /** Returns the new read position, or 0 when it did not move. */
  public long accept(ReadEvent e) {
    requireWellFormed(e);
    List<ObjectId> ids = objectIds(e.msgIds());
    if (e.readSeq() == null && ids.isEmpty()) {
      return 0;
    }
    String conversationId = e.conversationId();
    MemberWriter.Position position = members.position(e.readerId(), conversationId);
    if (e.chatType() == ChatTypes.GROUP
        && position == null
        && permissions.group(e.readerId(), ConversationIds.groupId(conversationId)).role()
            == null) {
      return 0; // not a party to this group: nothing to read
    }
    long target =
        e.readSeq() == null ? 0 : Math.min(e.readSeq(), conversations.seq(conversationId));
    List<ChatLogEntry> named = messages.byIds(conversationId, ids);
    for (ChatLogEntry m : named) {
      target = Math.max(target, m.seq());
    }
    if (position != null && position.removedSeq() != null) {
      target = Math.min(target, position.removedSeq());
    }
    long old = position == null ? 0 : position.readSeq();
    if (target <= old
        || !members.read(e.readerId(), conversationId, e.chatType(), target, clock.millis())) {
      return 0;
    }
    if (settings.readReceipts()) {
      long upTo = target;
      sendReceipts(
          e.readerId(),
          conversationId,
          e.chatType(),
          old,
          upTo,
          named.stream().filter(m -> m.seq() <= upTo).toList());
    }
    return target;
  }

  /**
   * Receipts for a read position the REST API (I6) raised from {@code old} to {@code upTo}: the
   * same ones a {@link ReadEvent} with that {@code readSeq} sends, without named messages.
   */
  public void positionRaised(long readerId, String conversationId, long old, long upTo) {
    if (upTo <= old || !settings.readReceipts()) {
      return;
    }
    int chatType = ConversationAccess.chatTypeOf(conversationId);
    sendReceipts(readerId, conversationId, chatType, old, upTo, List.of());
  }

  /** Best effort: the position is stored; a receipt that cannot be sent is not retried. */
  private void sendReceipts(
      long readerId,
      String conversationId,
      int chatType,
      long old,
      long upTo,
      List<ChatLogEntry> named) {
    try {
      Set<Long> readers;
      long recvId;
      if (chatType == ChatTypes.SINGLE) {
        long peer = ConversationIds.peer(conversationId, readerId);
        readers = Set.of(peer);
        recvId = peer;
      } else {
        readers = new LinkedHashSet<>(messages.senders(conversationId, old, upTo));
        readers.remove(readerId);
        recvId = ConversationIds.groupId(conversationId);
      }
      if (readers.isEmpty()) {
        return;
      }
      Set<Long> asked = new LinkedHashSet<>(readers);
      asked.add(readerId);
      Map<Long, Boolean> enabled = userSettings.enabled(asked, UserSettings.READ_RECEIPTS);
      if (!enabled.getOrDefault(readerId, true)) {
        return;
      }
      long now = clock.millis();
      List<ChatDelivery.Frame> frames = new ArrayList<>();
      for (long sender : readers) {
        if (!enabled.getOrDefault(sender, true)) {
          continue;
        }
        Map<String, String> records = new LinkedHashMap<>();
        named.stream()
            .filter(m -> m.sendId() == sender)
            .forEach(m -> records.put(m.msgId(), ChatPushes.READ));
        frames.add(
            new ChatDelivery.Frame(
                WsMethods.PUSH_CHAT,
                List.of(sender),
                ChatPushes.receipt(
                    conversationId, chatType, readerId, recvId, upTo, records, now)));
      }
      delivery.send(frames);
    } catch (RuntimeException ex) {
      log.warn("read receipts for {} failed after the position was stored", conversationId, ex);
    }
  }

  static void requireWellFormed(ReadEvent e) {
    if (e.readerId() <= 0 || e.conversationId() == null) {
      throw new PoisonRecordException("read event without reader or conversation");
    }
    boolean ok =
        switch (e.chatType()) {
          case ChatTypes.SINGLE -> ConversationIds.peer(e.conversationId(), e.readerId()) > 0;
          case ChatTypes.GROUP -> ConversationIds.groupId(e.conversationId()) > 0;
          default -> false;
        };
    if (!ok) {
      throw new PoisonRecordException("read event whose reader is not a party to its conversation");
    }
    if (e.readSeq() != null && e.readSeq() < 0) {
      throw new PoisonRecordException("read event with a negative readSeq");
    }
  }

  /** The valid message ids, at most {@link MarkChat#MAX_MSG_IDS}; anything else is ignored. */
  static List<ObjectId> objectIds(List<String> msgIds) {
    List<ObjectId> out = new ArrayList<>();
    if (msgIds == null) {
      return out;
    }
    for (String id : new LinkedHashSet<>(msgIds)) {
      if (out.size() == MarkChat.MAX_MSG_IDS) {
        break;
      }
      if (id != null && ObjectId.isValid(id)) {
        out.add(new ObjectId(id));
      }
    }
    return out;
  }
}
