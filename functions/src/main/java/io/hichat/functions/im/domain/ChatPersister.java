package io.hichat.functions.im.domain;

import io.hichat.functions.common.SideCalls;
import io.hichat.functions.im.store.ChatLogEntry;
import io.hichat.functions.im.store.ChatLogEntry.ClientKey;
import io.hichat.functions.im.store.ChatPermissions;
import io.hichat.functions.im.store.ConversationWriter;
import io.hichat.functions.im.store.MemberWriter;
import io.hichat.functions.im.store.MessageLog;
import io.hichat.functions.im.store.RelationGate;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.ws.WsMethods;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Stores a batch of accepted chat messages and delivers them (ARCHITECTURE §3):
 *
 * <ol>
 *   <li>checks each (conversation, sender) once against MySQL — friends and blocks, or group
 *       membership — and refuses what the connector's cache let through too late ({@code
 *       chat.failed} to the sender, nothing stored);
 *   <li>numbers each conversation's messages after its seq and inserts them in order; where a
 *       unique index refuses one (stored already, or its seq taken), finds the conversation's
 *       stored messages by their client ids, numbers the others after the highest seq taken and
 *       inserts them again;
 *   <li>writes the member documents (the sender has read its own messages, a single chat's peer is
 *       shown the chat, mentions) of every message of the batch, stored now or before, while it
 *       moves each conversation to its last message: the member writes only raise or fill, so a
 *       replay after a crash between the two writes them all again and changes nothing else;
 *   <li>pushes, best effort, once both writes are done (the receivers' connectors are looked up
 *       while they run): each new message to its online recipients, and every message of the batch
 *       (a resend's first message included) back to its sender as the echo.
 * </ol>
 *
 * The consumer is the only writer of a conversation in normal operation (its partition's), and
 * every step is idempotent, so a replayed batch stores nothing twice and skips no seq.
 */
@Service
public class ChatPersister {

  private static final Logger log = LoggerFactory.getLogger(ChatPersister.class);

  /** How often one conversation's insert is planned again after another writer took its seqs. */
  static final int MAX_PLANS = 8;

  private final ChatPermissions permissions;
  private final MessageLog messages;
  private final ConversationWriter conversations;
  private final MemberWriter members;
  private final RelationGate relations;
  private final ChatDelivery delivery;
  private final SideCalls sideCalls;
  private final Clock clock;

  public ChatPersister(
      ChatPermissions permissions,
      MessageLog messages,
      ConversationWriter conversations,
      MemberWriter members,
      RelationGate relations,
      ChatDelivery delivery,
      SideCalls sideCalls,
      Clock clock) {
    this.permissions = permissions;
    this.messages = messages;
    this.conversations = conversations;
    this.members = members;
    this.relations = relations;
    this.delivery = delivery;
    this.sideCalls = sideCalls;
    this.clock = clock;
  }

  /** What one conversation's part of the batch came to. */
  record Outcome(
      String conversationId, int chatType, List<ChatLogEntry> fresh, List<ChatLogEntry> echoes) {}

  record Refusal(ChatEvent event, ErrorCode code) {}

  private record Sender(String conversationId, long sendId) {}

  private record Verdict(ErrorCode refusal, Integer role) {}

  /**
   * Stores and delivers well-formed events ({@link ChatRules#requireWellFormed}), in order. The
   * round trips do not grow with the number of conversations in the batch: the permissions are read
   * for all (sender, peer) pairs at once while the conversations' seqs are read, the new messages
   * go in one ordered insert (the unique indexes, not a read before it, keep a message from being
   * stored twice) and the conversations move in one bulk write; only a conversation whose insert
   * meets a unique index is planned again on its own.
   */
  public void persist(List<ChatEvent> events) {
    long now = clock.millis();
    // the conversations' seqs (MongoDB) are read while the senders are checked (MySQL); a refused
    // sender's conversation is read for nothing, which costs less than a second round trip
    Set<String> conversationIds = new LinkedHashSet<>();
    events.forEach(e -> conversationIds.add(e.conversationId()));
    SideCalls.Pending<Map<String, Long>> seqRead =
        sideCalls.start(() -> conversations.seqs(conversationIds));
    Map<Sender, Verdict> verdicts;
    try {
      verdicts = verdicts(events);
    } catch (RuntimeException e) {
      seqRead.await();
      throw e;
    }
    Map<String, Long> seqs = seqRead.join();
    Map<String, List<ChatLogEntry>> byConversation = new LinkedHashMap<>();
    List<Refusal> refused = new ArrayList<>();
    for (ChatEvent e : events) {
      Verdict verdict = verdicts.get(new Sender(e.conversationId(), e.sendId()));
      if (verdict.refusal() != null) {
        refused.add(new Refusal(e, verdict.refusal()));
        continue;
      }
      byConversation
          .computeIfAbsent(e.conversationId(), c -> new ArrayList<>())
          .add(entry(e, verdict.role()));
    }

    Map<String, Map<ClientKey, ChatLogEntry>> stored = storeAll(byConversation, seqs);
    List<Outcome> outcomes = new ArrayList<>();
    MemberWriter.Changes changes = members.changes();
    Map<String, ChatLogEntry> newest = new LinkedHashMap<>();
    for (Map.Entry<String, List<ChatLogEntry>> c : byConversation.entrySet()) {
      List<ChatLogEntry> batch = c.getValue();
      List<ChatLogEntry> echoes = SeqPlan.resolved(batch, stored.get(c.getKey()));
      List<ChatLogEntry> fresh = SeqPlan.unreflected(echoes, seqs.get(c.getKey()));
      memberChanges(echoes, changes);
      outcomes.add(new Outcome(c.getKey(), batch.get(0).chatType(), fresh, echoes));
      if (!fresh.isEmpty()) {
        newest.put(c.getKey(), fresh.get(fresh.size() - 1));
      }
    }
    // the member documents and the conversations are written side by side, and the receivers'
    // connectors are looked up meanwhile; nobody is told before both writes are done
    SideCalls.Pending<Void> memberWrite =
        sideCalls.start(
            () -> {
              changes.write();
              return null;
            });
    SideCalls.Pending<ChatDelivery.Routed> routes = sideCalls.start(() -> route(outcomes, refused));
    try {
      conversations.advanceAll(newest, now);
      memberWrite.join();
    } catch (RuntimeException e) {
      memberWrite.await();
      routes.await();
      throw e;
    }
    publish(routes.join());
  }

  /** The verdict of every (conversation, sender) of the batch; 1:1 pairs read in one go. */
  private Map<Sender, Verdict> verdicts(List<ChatEvent> events) {
    Set<ChatPermissions.Pair> pairs = new LinkedHashSet<>();
    for (ChatEvent e : events) {
      if (e.chatType() == ChatTypes.SINGLE) {
        pairs.add(new ChatPermissions.Pair(e.sendId(), e.recvId()));
      }
    }
    Map<ChatPermissions.Pair, ChatPermissions.Single> singles =
        pairs.isEmpty() ? Map.of() : permissions.singles(pairs);
    Map<Sender, Verdict> verdicts = new HashMap<>();
    for (ChatEvent e : events) {
      verdicts.computeIfAbsent(
          new Sender(e.conversationId(), e.sendId()),
          s ->
              e.chatType() == ChatTypes.SINGLE
                  ? new Verdict(
                      ChatRules.refusal(
                          singles.get(new ChatPermissions.Pair(e.sendId(), e.recvId()))),
                      null)
                  : groupVerdict(e));
    }
    return verdicts;
  }

  private Verdict groupVerdict(ChatEvent e) {
    ChatPermissions.Group facts = permissions.group(e.sendId(), e.recvId());
    return new Verdict(ChatRules.refusal(facts), facts.role());
  }

  /**
   * Every conversation's messages as stored, by client key. First for all conversations at once:
   * the messages numbered after each conversation's seq, in one ordered insert, without reading
   * first — the unique indexes refuse a message that is stored already. The insert stops at the
   * first message an index refuses (a resend, a replayed batch, another writer, or seqs a crash
   * left past the conversation's own): that conversation is planned again on its own ({@link
   * #store}), and the conversations after it go again in one ordered insert.
   */
  private Map<String, Map<ClientKey, ChatLogEntry>> storeAll(
      Map<String, List<ChatLogEntry>> byConversation, Map<String, Long> seqs) {
    Map<String, Map<ClientKey, ChatLogEntry>> stored = new HashMap<>();
    List<ChatLogEntry> pending = new ArrayList<>();
    byConversation.forEach(
        (c, batch) -> {
          stored.put(c, new HashMap<>());
          pending.addAll(SeqPlan.assign(batch, Map.of(), seqs.get(c)));
        });
    List<ChatLogEntry> rest = pending;
    while (!rest.isEmpty()) {
      int inserted = messages.insertInOrder(rest);
      for (ChatLogEntry m : rest.subList(0, inserted)) {
        stored.get(m.conversationId()).put(m.clientKey(), m);
      }
      if (inserted == rest.size()) {
        break;
      }
      // the entries are grouped by conversation: the ones before the refused conversation are
      // all stored, the ones after it none
      String refused = rest.get(inserted).conversationId();
      log.info("{}: insert stopped by a duplicate key; planning it again", refused);
      stored.put(refused, store(refused, byConversation.get(refused), seqs.get(refused)));
      int next = inserted;
      while (next < rest.size() && rest.get(next).conversationId().equals(refused)) {
        next++;
      }
      rest = rest.subList(next, rest.size());
    }
    return stored;
  }

  private static ChatLogEntry entry(ChatEvent e, Integer role) {
    return new ChatLogEntry(
        new ObjectId().toHexString(),
        e.conversationId(),
        0,
        e.clientMsgId(),
        e.sendId(),
        e.recvId(),
        e.chatType(),
        e.mType(),
        e.content(),
        e.quote(),
        ChatRules.atUsers(e),
        ChatRules.atAll(e, role),
        e.sendTime(),
        ChatSchema.STATUS_NORMAL);
  }

  /**
   * Inserts the conversation's messages that are not stored yet and returns every message of the
   * batch as stored, by client key. A duplicate key stops an ordered insert at the message it
   * refused: that one is either stored already (a resend another writer took) or lost its seq to
   * another writer, and the rest is planned again after a fresh look.
   */
  private Map<ClientKey, ChatLogEntry> store(
      String conversationId, List<ChatLogEntry> batch, long conversationSeq) {
    Set<String> clientIds = new LinkedHashSet<>();
    batch.forEach(m -> clientIds.add(m.clientMsgId()));
    Map<ClientKey, ChatLogEntry> stored =
        new HashMap<>(messages.byClientIds(conversationId, clientIds));
    for (int plan = 1; plan <= MAX_PLANS; plan++) {
      long base = SeqPlan.base(conversationSeq, messages.highestSeq(conversationId));
      List<ChatLogEntry> pending = SeqPlan.assign(batch, stored, base);
      if (pending.isEmpty()) {
        return stored;
      }
      int inserted = messages.insertInOrder(pending);
      for (ChatLogEntry m : pending.subList(0, inserted)) {
        stored.put(m.clientKey(), m);
      }
      if (inserted == pending.size()) {
        return stored;
      }
      log.info(
          "{}: insert stopped at seq {} by a duplicate key; planning again",
          conversationId,
          pending.get(inserted).seq());
      Set<String> rest = new LinkedHashSet<>();
      pending.subList(inserted, pending.size()).forEach(m -> rest.add(m.clientMsgId()));
      stored.putAll(messages.byClientIds(conversationId, rest));
    }
    throw new IllegalStateException(
        conversationId + ": seqs kept being taken by another writer; trying the batch again");
  }

  /**
   * Member documents for the batch's messages as stored (a replay's and a resend's too: each write
   * only raises a position or fills a default, so writing it again changes nothing).
   */
  private static void memberChanges(List<ChatLogEntry> stored, MemberWriter.Changes changes) {
    Map<Long, Long> lastSent = new LinkedHashMap<>();
    Set<Long> receivers = new LinkedHashSet<>();
    for (ChatLogEntry m : stored) {
      lastSent.merge(m.sendId(), m.seq(), Math::max);
      if (m.chatType() == ChatTypes.SINGLE) {
        receivers.add(m.recvId());
      } else {
        for (long target : m.atUsers()) {
          changes.mentioned(target, m.conversationId(), m.seq());
        }
        if (m.atAll()) {
          changes.mentionedAll(m.conversationId(), m.sendId(), m.seq());
        }
      }
    }
    if (!stored.isEmpty()) {
      ChatLogEntry first = stored.get(0);
      // a peer who also sent in this batch gets only the sender's write, which shows the chat and
      // fills the defaults too (its read position is then its last message, not 0)
      receivers.removeAll(lastSent.keySet());
      receivers.forEach(r -> changes.received(r, first.conversationId(), first.chatType()));
      lastSent.forEach(
          (sender, seq) -> changes.sent(sender, first.conversationId(), first.chatType(), seq));
    }
  }

  /**
   * Plans the pushes, best effort: the messages are stored, and a recipient who misses a push
   * syncs. A failure here or in {@link #publish} is logged, not retried (a retry would only repeat
   * the echoes); null when the plan failed.
   */
  private ChatDelivery.Routed route(List<Outcome> outcomes, List<Refusal> refused) {
    try {
      List<ChatDelivery.Frame> frames = new ArrayList<>();
      Map<Long, Set<Long>> groups = new HashMap<>();
      for (Outcome o : outcomes) {
        // in seq order across messages and echoes: a device that both sends and receives in the
        // conversation sees its own echo of seq n before the peer's seq n + 1
        List<Map.Entry<Long, ChatDelivery.Frame>> ordered = new ArrayList<>();
        for (ChatLogEntry m : o.fresh()) {
          ordered.add(
              Map.entry(
                  m.seq(),
                  new ChatDelivery.Frame(
                      WsMethods.PUSH_CHAT, recipients(m, groups), ChatPushes.message(m))));
        }
        for (ChatLogEntry m : o.echoes()) {
          ordered.add(
              Map.entry(
                  m.seq(),
                  new ChatDelivery.Frame(
                      WsMethods.PUSH_CHAT, List.of(m.sendId()), ChatPushes.echo(m))));
        }
        ordered.sort(Map.Entry.comparingByKey());
        ordered.forEach(e -> frames.add(e.getValue()));
      }
      for (Refusal r : refused) {
        frames.add(
            new ChatDelivery.Frame(
                WsMethods.PUSH_CHAT_FAILED,
                List.of(r.event().sendId()),
                ChatPushes.failed(r.event(), r.code())));
      }
      return delivery.route(frames);
    } catch (RuntimeException e) {
      log.warn(
          "chat pushes could not be planned after the batch was stored; recipients will sync", e);
      return null;
    }
  }

  private static void publish(ChatDelivery.Routed routes) {
    if (routes == null) {
      return;
    }
    try {
      routes.publish();
    } catch (RuntimeException e) {
      log.warn("chat pushes failed after the batch was stored; recipients will sync", e);
    }
  }

  private Set<Long> recipients(ChatLogEntry m, Map<Long, Set<Long>> groups) {
    if (m.chatType() == ChatTypes.SINGLE) {
      return Set.of(ConversationIds.peer(m.conversationId(), m.sendId()));
    }
    Set<Long> out =
        new LinkedHashSet<>(groups.computeIfAbsent(m.recvId(), relations::groupMembers));
    out.remove(m.sendId());
    return out;
  }
}
