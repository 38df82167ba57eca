package io.hichat.functions.im.domain;

import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.group.domain.Roles;
import io.hichat.functions.im.store.ChatPermissions;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The chat consumer's rules, free of storage: what a storable event looks like, who may send where
 * (SEED-SPEC §2.6 step 3, decided again on MySQL's facts), and what mentions survive (§5.5).
 */
public final class ChatRules {

  /** The longest client message id kept. */
  public static final int MAX_CLIENT_MSG_ID = 128;

  private ChatRules() {}

  /**
   * Checks what the connector guarantees; an event that breaks it can never be stored and goes to
   * the dead-letter topic.
   */
  public static void requireWellFormed(ChatEvent e) {
    if (e.sendId() <= 0 || e.recvId() <= 0) {
      throw new PoisonRecordException("chat event without sender or receiver");
    }
    String expected =
        switch (e.chatType()) {
          case ChatTypes.SINGLE ->
              e.sendId() == e.recvId() ? null : ConversationIds.single(e.sendId(), e.recvId());
          case ChatTypes.GROUP -> ConversationIds.group(e.recvId());
          default -> null;
        };
    if (expected == null || !expected.equals(e.conversationId())) {
      throw new PoisonRecordException(
          "chat event whose conversation does not match its type and parties");
    }
    if (e.clientMsgId() == null
        || e.clientMsgId().isBlank()
        || e.clientMsgId().length() > MAX_CLIENT_MSG_ID) {
      throw new PoisonRecordException("chat event without a usable clientMsgId");
    }
    if (!ChatTypes.isStoredType(e.mType()) || e.content() == null || e.sendTime() <= 0) {
      throw new PoisonRecordException("chat event without a storable type, content or time");
    }
  }

  /** Why a single-chat message is refused, or null when it may be stored. */
  public static ErrorCode refusal(ChatPermissions.Single facts) {
    if (!facts.friend()) {
      return ErrorCode.NOT_FRIEND_PEER;
    }
    return facts.blocked() ? ErrorCode.BLOCKED_BY_PEER : null;
  }

  /** Why a group message is refused, or null when it may be stored. */
  public static ErrorCode refusal(ChatPermissions.Group facts) {
    if (facts.groupStatus() == null || facts.groupStatus() != 0) {
      return ErrorCode.GROUP_UNAVAILABLE;
    }
    return facts.role() == null ? ErrorCode.REMOVED_FROM_GROUP : null;
  }

  /**
   * Group only: mentioned users, each once, without the sender, at most {@link
   * ChatTypes#MAX_AT_USERS}.
   */
  public static List<Long> atUsers(ChatEvent e) {
    if (e.chatType() != ChatTypes.GROUP || e.atUsers() == null) {
      return List.of();
    }
    Set<Long> out = new LinkedHashSet<>();
    for (Long user : e.atUsers()) {
      if (user != null && user > 0 && user != e.sendId()) {
        out.add(user);
      }
      if (out.size() == ChatTypes.MAX_AT_USERS) {
        break;
      }
    }
    return new ArrayList<>(out);
  }

  /** Group only: {@code @all} is kept for an admin or the owner and silently dropped otherwise. */
  public static boolean atAll(ChatEvent e, Integer role) {
    return e.chatType() == ChatTypes.GROUP && e.atAll() && role != null && role >= Roles.ADMIN;
  }
}
