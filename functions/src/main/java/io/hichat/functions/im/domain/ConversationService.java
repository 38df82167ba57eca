package io.hichat.functions.im.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.im.store.ChatHistory;
import io.hichat.functions.im.store.ConversationBook;
import io.hichat.functions.im.store.ConversationBook.NewMember;
import io.hichat.functions.im.store.ConversationState;
import io.hichat.functions.im.store.ImDirectory;
import io.hichat.functions.im.store.MemberState;
import io.hichat.functions.im.store.StoredMessage;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatLog;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.Conversation;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.im.ConversationSettingsRequest;
import io.hichat.model.im.ConversationUpdate;
import io.hichat.model.im.ConversationUpdateRequest;
import io.hichat.model.im.SetupConversationRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The caller's conversations (SEED-SPEC §5.7): the list with unread counts (I5), read progress and
 * hiding (I6), pin and mute (I7), and setting a conversation up (I8). Every write names only the
 * caller's own member documents, and only of conversations the caller may read; a request that
 * names any other is refused whole before anything is written.
 *
 * <p>A member document this API creates starts read up to the conversation's current seq for a
 * group (history from before is not unread) and at 0 for a single chat.
 */
@Service
public class ConversationService {

  private final ConversationAccess access;
  private final ConversationBook book;
  private final ChatHistory history;
  private final ImDirectory directory;
  private final ReadReceipts receipts;
  private final Clock clock;

  public ConversationService(
      ConversationAccess access,
      ConversationBook book,
      ChatHistory history,
      ImDirectory directory,
      ReadReceipts receipts,
      Clock clock) {
    this.access = access;
    this.book = book;
    this.history = history;
    this.directory = directory;
    this.receipts = receipts;
    this.clock = clock;
  }

  // --- I5 ------------------------------------------------------------------------------------

  /** One conversation being assembled for the list. */
  private record Entry(
      String id, int chatType, MemberState member, long visibleSeq, UnreadMath.View view) {}

  public Map<String, Conversation> list(long userId) {
    List<MemberState> members = book.membersOf(userId);
    Map<Long, Integer> groups = directory.currentGroups(userId);
    Map<String, ConversationState> conversations =
        book.conversations(members.stream().map(MemberState::conversationId).toList());

    List<Entry> entries = new ArrayList<>();
    Map<String, String> messageIds = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (MemberState m : members) {
      int chatType = chatTypeOrSkip(m.conversationId());
      if (chatType == 0 || !seen.add(m.conversationId())) {
        continue;
      }
      ConversationState c = conversations.get(m.conversationId());
      long seq = c == null ? 0 : c.seq();
      long visible = Math.min(seq, visibleUpTo(m, chatType, groups));
      entries.add(
          new Entry(
              m.conversationId(),
              chatType,
              m,
              visible,
              UnreadMath.view(visible, m.readSeq(), m.atMeSeq(), m.isShow(), m.hiddenSeq())));
      if (c != null && visible > 0) {
        if (visible >= c.seq() && c.lastMessageId() != null) {
          messageIds.put(m.conversationId(), c.lastMessageId());
        } else {
          // a removed member: the last message before the removal (rare, one indexed read each)
          history
              .latestUpTo(m.conversationId(), visible)
              .ifPresent(last -> messageIds.put(m.conversationId(), last.id()));
        }
      }
    }
    for (long groupId : groups.keySet()) {
      String id = ConversationIds.group(groupId);
      if (seen.add(id)) {
        entries.add(new Entry(id, ChatTypes.GROUP, null, 0, UnreadMath.view(0, 0, 0, true, 0)));
      }
    }

    Map<String, StoredMessage> messages = history.findAll(messageIds.values());
    Map<String, Long> peerReadSeqs = peerReadSeqs(userId, entries);
    List<Long> peers = new ArrayList<>();
    List<Long> groupIds = new ArrayList<>();
    for (Entry e : entries) {
      if (e.chatType() == ChatTypes.SINGLE) {
        peers.add(ConversationIds.peer(e.id(), userId));
      } else {
        groupIds.add(ConversationIds.groupId(e.id()));
      }
    }
    Map<Long, ImDirectory.Person> people = directory.people(peers);
    Map<Long, ImDirectory.GroupCard> cards = directory.groups(groupIds);

    List<Conversation> out = new ArrayList<>();
    for (Entry e : entries) {
      StoredMessage last = messages.get(messageIds.get(e.id()));
      ChatLog message =
          last == null || last.seq() > e.visibleSeq()
              ? null
              : ChatViews.chatLog(last, peerReadSeqs.getOrDefault(e.id(), 0L));
      String name;
      String avatar;
      Integer memberCount = null;
      if (e.chatType() == ChatTypes.SINGLE) {
        ImDirectory.Person p = people.get(ConversationIds.peer(e.id(), userId));
        name = p == null ? "" : p.nickname();
        avatar = p == null ? "" : p.avatar();
      } else {
        ImDirectory.GroupCard g = cards.get(ConversationIds.groupId(e.id()));
        name = g == null ? "" : g.name();
        avatar = g == null ? "" : g.icon();
        memberCount = g == null ? 0 : g.memberCount();
      }
      MemberState m = e.member();
      out.add(
          new Conversation(
              e.id(),
              e.chatType(),
              e.view().isShow(),
              m != null && m.isTop(),
              m != null && m.isMute(),
              e.view().hasAtMe(),
              e.view().seq(),
              e.view().unread(),
              m == null ? 0 : Math.min(m.readSeq(), e.visibleSeq()),
              message,
              name,
              avatar,
              memberCount));
    }
    out.sort(
        Comparator.comparing(Conversation::isTop)
            .reversed()
            .thenComparing(
                c -> c.message() == null ? 0L : c.message().sendTime(), Comparator.reverseOrder())
            .thenComparing(Conversation::conversationId));
    Map<String, Conversation> byId = new LinkedHashMap<>();
    out.forEach(c -> byId.put(c.conversationId(), c));
    return byId;
  }

  /**
   * The last seq a member may see: a removed group member up to the removal; a member document of a
   * group the user is no longer in, whose removal is not recorded yet, up to their read position.
   */
  private static long visibleUpTo(MemberState m, int chatType, Map<Long, Integer> groups) {
    if (chatType != ChatTypes.GROUP) {
      return Access.UNLIMITED;
    }
    if (m.removedSeq() != null) {
      return m.removedSeq();
    }
    return groups.containsKey(ConversationIds.groupId(m.conversationId()))
        ? Access.UNLIMITED
        : m.readSeq();
  }

  /** The peers' read positions in the caller's single chats, in one read. */
  private Map<String, Long> peerReadSeqs(long userId, List<Entry> entries) {
    Map<String, String> memberIdToConversation = new HashMap<>();
    for (Entry e : entries) {
      if (e.chatType() == ChatTypes.SINGLE) {
        long peer = ConversationIds.peer(e.id(), userId);
        memberIdToConversation.put(ChatSchema.memberId(peer, e.id()), e.id());
      }
    }
    Map<String, Long> out = new HashMap<>();
    book.members(memberIdToConversation.keySet())
        .forEach((memberId, s) -> out.put(memberIdToConversation.get(memberId), s.readSeq()));
    return out;
  }

  private static int chatTypeOrSkip(String conversationId) {
    try {
      return ConversationAccess.chatTypeOf(conversationId);
    } catch (DomainException notAConversationId) {
      return 0;
    }
  }

  // --- I6 ------------------------------------------------------------------------------------

  public void update(long userId, ConversationUpdateRequest r) {
    Map<String, ConversationUpdate> entries =
        Check.required(r.conversationList(), "conversationList");
    if (entries.size() > ConversationUpdateRequest.MAX_ENTRIES) {
      throw Check.bad(
          "conversationList may name at most "
              + ConversationUpdateRequest.MAX_ENTRIES
              + " conversations");
    }
    entries.forEach(ConversationService::check);
    Map<String, Access> granted = access.readAll(userId, entries.keySet());
    long now = clock.millis();
    granted.forEach((id, a) -> apply(userId, a, entries.get(id), now));
  }

  private static void check(String id, ConversationUpdate u) {
    int chatType = ConversationAccess.chatTypeOf(id);
    if (u == null) {
      throw Check.bad("conversationList entries must be objects");
    }
    if (u.conversationId() != null && !u.conversationId().equals(id)) {
      throw Check.bad("conversationId must equal its key in conversationList");
    }
    if (u.chatType() != null && u.chatType() != chatType) {
      throw Check.bad("chatType does not match the conversation " + id);
    }
    if (u.seq() != null && u.read() != null) {
      throw Check.bad("give seq or read, not both");
    }
    if ((u.seq() != null && u.seq() < 0) || (u.read() != null && u.read() < 0)) {
      throw Check.bad("seq and read must not be negative");
    }
  }

  private void apply(long userId, Access a, ConversationUpdate u, long now) {
    if (u.isShow() == null && u.seq() == null && u.read() == null) {
      return;
    }
    ConversationState c = book.conversation(a.conversationId()).orElse(null);
    long visible = a.visible(c == null ? 0 : c.seq());
    Map<String, Object> set = new HashMap<>();
    if (Boolean.TRUE.equals(u.isShow())) {
      set.put("isShow", true);
    }
    book.upsertMember(userId, a.conversationId(), fresh(a, c), set);
    if (Boolean.FALSE.equals(u.isShow())) {
      book.hide(userId, a.conversationId(), visible);
      advance(userId, a.conversationId(), visible, null, visible, now);
    }
    if (u.seq() != null || u.read() != null) {
      advance(userId, a.conversationId(), u.seq(), u.read(), visible, now);
    }
  }

  /** Raises the read position with a compare-and-set, so concurrent reports add up. */
  private void advance(
      long userId, String conversationId, Long seq, Long read, long visible, long now) {
    for (int attempt = 0; attempt < 10; attempt++) {
      long current = book.member(userId, conversationId).map(MemberState::readSeq).orElse(0L);
      long target = UnreadMath.advance(current, seq, read, visible);
      if (target == current) {
        return;
      }
      if (book.moveReadSeq(userId, conversationId, current, target, now)) {
        receipts.positionRaised(userId, conversationId, current, target);
        return;
      }
    }
    throw new DomainException(ErrorCode.CONFLICT, "read position changed too often; retry");
  }

  // --- I7 ------------------------------------------------------------------------------------

  public void settings(long userId, ConversationSettingsRequest r) {
    ConversationAccess.chatTypeOf(r.conversationId());
    boolean top = Check.required(r.isTop(), "isTop");
    boolean mute = Check.required(r.isMute(), "isMute");
    Access a = access.read(userId, r.conversationId());
    ConversationState c = book.conversation(a.conversationId()).orElse(null);
    book.upsertMember(
        userId, a.conversationId(), fresh(a, c), Map.of("isTop", top, "isMute", mute));
  }

  // --- I8 ------------------------------------------------------------------------------------

  public void setup(long userId, SetupConversationRequest r) {
    long sendId = id(r.sendId(), "sendId");
    long recvId = id(r.recvId(), "recvId");
    int chatType = Check.required(r.chatType(), "chatType");
    if (!ChatTypes.isChatType(chatType)) {
      throw Check.bad("chatType must be 1 (single) or 2 (group)");
    }
    if (sendId != userId) {
      throw new DomainException(ErrorCode.FORGED_SENDER);
    }
    long now = clock.millis();
    if (chatType == ChatTypes.SINGLE) {
      if (recvId == userId) {
        throw Check.bad("recvId must be another user");
      }
      if (!directory.friends(userId, recvId)) {
        throw new DomainException(ErrorCode.NOT_FRIEND_PEER);
      }
      String id = ConversationIds.single(userId, recvId);
      ConversationState c = book.ensureConversation(id, chatType, now);
      book.upsertMember(userId, id, new NewMember(chatType, 0, true, 0), Map.of("isShow", true));
      book.upsertMember(recvId, id, new NewMember(chatType, 0, false, c.seq()), Map.of());
    } else {
      if (directory.currentRole(recvId, userId).isEmpty()) {
        throw ConversationAccess.notFound();
      }
      String id = ConversationIds.group(recvId);
      ConversationState c = book.ensureConversation(id, chatType, now);
      book.upsertMember(
          userId, id, new NewMember(chatType, c.seq(), true, 0), Map.of("isShow", true));
    }
  }

  /** The values of a member document created on the caller's behalf. */
  private static NewMember fresh(Access a, ConversationState c) {
    long seq = c == null ? 0 : c.seq();
    return new NewMember(a.chatType(), a.group() ? a.visible(seq) : 0, true, 0);
  }

  private static long id(String text, String field) {
    Check.required(text, field);
    long id = ConversationIds.parseId(text);
    if (id <= 0) {
      throw Check.bad(field + " must be a user or group id");
    }
    return id;
  }
}
