package io.hichat.connector.chat;

import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;

/**
 * Where a chat frame goes, as the caller named it: a single chat with a peer or a group, and the
 * conversation id derived from it. A conversation id the client sends must agree with it.
 *
 * @param recvId the peer's user id or the group id
 */
public record Target(int chatType, long recvId, String conversationId) {

  public boolean group() {
    return chatType == ChatTypes.GROUP;
  }

  /**
   * Resolves {@code chatType}, {@code recvId} and an optional {@code conversationId} for {@code
   * userId}.
   *
   * @throws WsException BAD_REQUEST when they are missing, malformed or disagree, or name a single
   *     chat with oneself
   */
  public static Target of(long userId, int chatType, String recvId, String conversationId) {
    if (!ChatTypes.isChatType(chatType)) {
      throw new WsException(ErrorCode.BAD_REQUEST, "chatType must be 1 (single) or 2 (group)");
    }
    long recv = ConversationIds.parseId(recvId);
    if (recv <= 0) {
      throw new WsException(ErrorCode.BAD_REQUEST, "recvId must be a positive numeric id");
    }
    String derived;
    if (chatType == ChatTypes.SINGLE) {
      if (recv == userId) {
        throw new WsException(ErrorCode.BAD_REQUEST, "a single chat needs another user");
      }
      derived = ConversationIds.single(userId, recv);
    } else {
      derived = ConversationIds.group(recv);
    }
    if (conversationId != null && !conversationId.isEmpty() && !conversationId.equals(derived)) {
      throw new WsException(
          ErrorCode.BAD_REQUEST, "conversationId does not match chatType and recvId");
    }
    return new Target(chatType, recv, derived);
  }
}
