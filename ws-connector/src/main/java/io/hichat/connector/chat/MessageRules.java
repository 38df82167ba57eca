package io.hichat.connector.chat;

import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatBody;
import io.hichat.model.im.ChatSend;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@code chat.user} frame must satisfy before anything is sent: the sender is the
 * connection's user, the target is well formed, and the message fits its type. Pure: no I/O.
 */
public final class MessageRules {

  /** The longest client message id. */
  public static final int MAX_CLIENT_MSG_ID = 64;

  private MessageRules() {}

  /** A message that passed every rule, ready to be gated and sent. */
  public record ValidMessage(
      Target target,
      String clientMsgId,
      int mType,
      String content,
      String quote,
      List<Long> atUsers,
      boolean atAll) {}

  /**
   * @param frameId the frame's id: the client message id when the frame names none
   * @throws WsException FORGED_SENDER, BAD_REQUEST or INVALID_MESSAGE
   */
  public static ValidMessage check(long userId, String frameId, ChatSend send) {
    checkSender(userId, send.sendId());
    Target target = Target.of(userId, send.chatType(), send.recvId(), send.conversationId());
    String clientMsgId =
        send.clientMsgId() == null || send.clientMsgId().isEmpty() ? frameId : send.clientMsgId();
    if (clientMsgId.length() > MAX_CLIENT_MSG_ID) {
      throw new WsException(
          ErrorCode.BAD_REQUEST,
          "clientMsgId may have at most " + MAX_CLIENT_MSG_ID + " characters");
    }
    ChatBody msg = send.msg();
    if (msg == null) {
      throw ContentRules.invalid("msg is required");
    }
    if (!ChatTypes.isStoredType(msg.mType())) {
      throw ContentRules.invalid("mType " + msg.mType() + " is not a message type");
    }
    ContentRules.check(msg.mType(), msg.content());
    String quote = msg.quote() == null || msg.quote().isEmpty() ? null : msg.quote();
    if (quote != null && quote.length() > ChatTypes.MAX_QUOTE_CHARS) {
      throw ContentRules.invalid(
          "a quote may have at most " + ChatTypes.MAX_QUOTE_CHARS + " characters");
    }
    List<Long> atUsers = mentions(target, msg);
    boolean atAll = Boolean.TRUE.equals(msg.atAll());
    if (atAll && !target.group()) {
      throw ContentRules.invalid("atAll is for group messages");
    }
    return new ValidMessage(target, clientMsgId, msg.mType(), msg.content(), quote, atUsers, atAll);
  }

  /**
   * @throws WsException FORGED_SENDER when {@code sendId} names someone else
   */
  public static void checkSender(long userId, String sendId) {
    if (sendId != null && !sendId.isEmpty() && !sendId.equals(Long.toString(userId))) {
      throw new WsException(ErrorCode.FORGED_SENDER);
    }
  }

  private static List<Long> mentions(Target target, ChatBody msg) {
    List<String> named = msg.atUsers();
    if (named == null || named.isEmpty()) {
      return List.of();
    }
    if (!target.group()) {
      throw ContentRules.invalid("mentions are for group messages");
    }
    if (named.size() > ChatTypes.MAX_AT_USERS) {
      throw ContentRules.invalid(
          "a message may mention at most " + ChatTypes.MAX_AT_USERS + " users");
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String id : named) {
      long value = ConversationIds.parseId(id);
      if (value <= 0) {
        throw ContentRules.invalid("atUsers must be numeric user ids");
      }
      ids.add(value);
    }
    return new ArrayList<>(ids);
  }
}
