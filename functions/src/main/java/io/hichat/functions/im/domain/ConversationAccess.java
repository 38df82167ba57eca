package io.hichat.functions.im.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.im.store.ConversationBook;
import io.hichat.functions.im.store.ImDirectory;
import io.hichat.functions.im.store.MemberState;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may touch a conversation. A single chat belongs to the two users its id names. A group chat
 * belongs to the current members of its group, read from MySQL, while the group is in a normal
 * state; a removed member keeps read access to the history up to their removal ({@code removedSeq},
 * SEED-SPEC §5.8). Anyone else is told the conversation does not exist.
 */
@Component
public class ConversationAccess {

  private final ImDirectory directory;
  private final ConversationBook book;

  public ConversationAccess(ImDirectory directory, ConversationBook book) {
    this.directory = directory;
    this.book = book;
  }

  /** The chat type a well-formed conversation id names, or 400. */
  public static int chatTypeOf(String conversationId) {
    Check.required(conversationId, "conversationId");
    if (ConversationIds.pair(conversationId) != null) {
      return ChatTypes.SINGLE;
    }
    if (ConversationIds.groupId(conversationId) > 0) {
      return ChatTypes.GROUP;
    }
    throw Check.bad("conversationId is not a conversation id");
  }

  /** Read access: current parties, and removed group members up to their removal. */
  public Access read(long userId, String conversationId) {
    int chatType = chatTypeOf(conversationId);
    if (chatType == ChatTypes.SINGLE) {
      long peer = ConversationIds.peer(conversationId, userId);
      if (peer <= 0) {
        throw notFound();
      }
      return new Access(conversationId, chatType, peer, 0, true, -1, Access.UNLIMITED);
    }
    long groupId = ConversationIds.groupId(conversationId);
    Optional<Integer> role = directory.currentRole(groupId, userId);
    if (role.isPresent()) {
      return new Access(conversationId, chatType, 0, groupId, true, role.get(), Access.UNLIMITED);
    }
    Long removedSeq = book.member(userId, conversationId).map(MemberState::removedSeq).orElse(null);
    if (removedSeq == null) {
      throw notFound();
    }
    return new Access(conversationId, chatType, 0, groupId, false, -1, removedSeq);
  }

  /**
   * {@link #read} for many conversations at once, in two reads (the caller's groups, then the
   * member documents of the others), keeping the order of {@code conversationIds}.
   *
   * @throws DomainException {@link ErrorCode#CONVERSATION_NOT_FOUND} when any is not the caller's
   */
  public Map<String, Access> readAll(long userId, Collection<String> conversationIds) {
    Map<Long, Integer> groups = null;
    Map<String, Access> out = new LinkedHashMap<>();
    List<String> removedCandidates = new ArrayList<>();
    for (String id : conversationIds) {
      if (chatTypeOf(id) == ChatTypes.SINGLE) {
        out.put(id, read(userId, id));
        continue;
      }
      if (groups == null) {
        groups = directory.currentGroups(userId);
      }
      long groupId = ConversationIds.groupId(id);
      Integer role = groups.get(groupId);
      out.put(
          id,
          role == null
              ? null
              : new Access(id, ChatTypes.GROUP, 0, groupId, true, role, Access.UNLIMITED));
      if (role == null) {
        removedCandidates.add(ChatSchema.memberId(userId, id));
      }
    }
    if (!removedCandidates.isEmpty()) {
      Map<String, MemberState> docs = book.members(removedCandidates);
      for (Map.Entry<String, Access> e : out.entrySet()) {
        if (e.getValue() == null) {
          MemberState m = docs.get(ChatSchema.memberId(userId, e.getKey()));
          if (m == null || m.removedSeq() == null) {
            throw notFound();
          }
          e.setValue(
              new Access(
                  e.getKey(),
                  ChatTypes.GROUP,
                  0,
                  ConversationIds.groupId(e.getKey()),
                  false,
                  -1,
                  m.removedSeq()));
        }
      }
    }
    return out;
  }

  static DomainException notFound() {
    return new DomainException(ErrorCode.CONVERSATION_NOT_FOUND);
  }
}
