package io.hichat.functions.im.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.im.store.ChatHistory;
import io.hichat.functions.im.store.ConversationBook;
import io.hichat.functions.im.store.ImDirectory;
import io.hichat.functions.im.store.MemberState;
import io.hichat.functions.im.store.StoredMessage;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.AtMeQuery;
import io.hichat.model.im.ChatLog;
import io.hichat.model.im.ChatLogQuery;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ReadRecordUser;
import io.hichat.model.im.ReadRecordsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Reading chat history: pages by message or seq cursor (I1), unread mentions (I2) and who read a
 * message (I3). Every read is limited to what the caller may see: a removed group member sees
 * nothing after their removal, and a message outside the caller's conversations does not exist.
 */
@Service
public class HistoryService {

  private final ConversationAccess access;
  private final ChatHistory history;
  private final ConversationBook book;
  private final ImDirectory directory;

  public HistoryService(
      ConversationAccess access,
      ChatHistory history,
      ConversationBook book,
      ImDirectory directory) {
    this.access = access;
    this.history = history;
    this.book = book;
    this.directory = directory;
  }

  /** I1. */
  public List<ChatLog> page(long userId, ChatLogQuery q) {
    HistoryPaging.Request request = HistoryPaging.parse(q, ChatHistory::isMessageId);
    Access a = access.read(userId, q.conversationId());
    long targetSeq = 0;
    if (request.msgId() != null) {
      targetSeq = visibleMessage(a, request.msgId()).seq();
    }
    HistoryPaging.Window w = HistoryPaging.window(request, targetSeq, a.visibleUpTo());
    List<StoredMessage> page =
        history.range(
            a.conversationId(),
            w.minSeq(),
            w.maxSeq(),
            w.fromTime(),
            w.toTime(),
            w.ascending(),
            w.limit());
    return views(a, page);
  }

  /** I2. */
  public List<ChatLog> atMe(long userId, AtMeQuery q) {
    int count = Check.range(q.count(), 1, ChatLogQuery.MAX_COUNT, AtMeQuery.DEFAULT_COUNT, "count");
    Access a = access.read(userId, q.conversationId());
    long readSeq = book.member(userId, a.conversationId()).map(MemberState::readSeq).orElse(0L);
    List<StoredMessage> found =
        history.mentions(a.conversationId(), userId, readSeq + 1, a.visible(Long.MAX_VALUE), count);
    return views(a, found);
  }

  /** I3. */
  public ReadRecordsResult readRecords(long userId, String msgId) {
    Check.required(msgId, "msgId");
    if (!ChatHistory.isMessageId(msgId)) {
      throw Check.bad("msgId is not a message id");
    }
    StoredMessage m = history.find(msgId).orElseThrow(HistoryService::messageNotFound);
    Access a;
    try {
      a = access.read(userId, m.conversationId());
    } catch (DomainException e) {
      if (e.error() == ErrorCode.CONVERSATION_NOT_FOUND) {
        throw messageNotFound();
      }
      throw e;
    }
    if (m.seq() > a.visibleUpTo()) {
      throw messageNotFound();
    }
    List<ImDirectory.Person> parties =
        a.group()
            ? directory.groupMembers(a.groupId())
            : List.of(
                directory
                    .people(List.of(a.peerId()))
                    .getOrDefault(a.peerId(), new ImDirectory.Person(a.peerId(), "", "")));
    List<String> memberIds = new ArrayList<>();
    for (ImDirectory.Person p : parties) {
      memberIds.add(ChatSchema.memberId(p.id(), m.conversationId()));
    }
    Map<String, MemberState> positions = book.members(memberIds);
    List<ReadRecordUser> reads = new ArrayList<>();
    List<ReadRecordUser> unReads = new ArrayList<>();
    for (ImDirectory.Person p : parties) {
      if (p.id() == m.sendId()) {
        continue;
      }
      MemberState s = positions.get(ChatSchema.memberId(p.id(), m.conversationId()));
      if (s != null && s.readSeq() >= m.seq()) {
        reads.add(new ReadRecordUser(Long.toString(p.id()), p.nickname(), p.avatar(), s.readAt()));
      } else {
        unReads.add(new ReadRecordUser(Long.toString(p.id()), p.nickname(), p.avatar(), 0));
      }
    }
    return new ReadRecordsResult(reads, unReads);
  }

  /** The message named by {@code msgId} in the caller's visible part of the conversation. */
  private StoredMessage visibleMessage(Access a, String msgId) {
    return history
        .find(a.conversationId(), msgId)
        .filter(m -> m.seq() <= a.visibleUpTo())
        .orElseThrow(HistoryService::messageNotFound);
  }

  private List<ChatLog> views(Access a, List<StoredMessage> messages) {
    long peerReadSeq =
        a.group() || messages.isEmpty()
            ? 0
            : book.member(a.peerId(), a.conversationId()).map(MemberState::readSeq).orElse(0L);
    return messages.stream().map(m -> ChatViews.chatLog(m, peerReadSeq)).toList();
  }

  static DomainException messageNotFound() {
    return new DomainException(ErrorCode.MESSAGE_NOT_FOUND);
  }
}
