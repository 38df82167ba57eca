package io.hichat.connector.chat;

import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.im.SyncRequest;
import io.hichat.model.im.SyncResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code chat.sync}: a page of a conversation's messages after a seq, for a party to a single chat,
 * a current member of a group, or a removed member up to the seq of their removal.
 */
public final class SyncChat {

  private final Access access;
  private final ChatLog log;

  public SyncChat(Access access, ChatLog log) {
    this.access = access;
    this.log = log;
  }

  public CompletionStage<SyncResult> sync(long userId, SyncRequest request) {
    String conversationId = request.conversationId();
    if (conversationId == null || conversationId.isEmpty()) {
      throw new WsException(ErrorCode.BAD_REQUEST, "conversationId is required");
    }
    long afterSeq = request.afterSeq() == null ? 0 : request.afterSeq();
    if (afterSeq < 0) {
      throw new WsException(ErrorCode.BAD_REQUEST, "afterSeq must not be negative");
    }
    int limit = request.limit() == null ? SyncRequest.MAX_LIMIT : request.limit();
    if (limit < 1) {
      throw new WsException(ErrorCode.BAD_REQUEST, "limit must be at least 1");
    }
    int pageSize = Math.min(limit, SyncRequest.MAX_LIMIT);
    return visibleUpTo(userId, conversationId)
        .thenCompose(
            maxSeq -> {
              CompletableFuture<ChatLog.Page> page =
                  log.after(conversationId, afterSeq, maxSeq, pageSize).toCompletableFuture();
              CompletableFuture<Long> latest = log.latestSeq(conversationId).toCompletableFuture();
              return page.thenCombine(
                  latest,
                  (p, last) ->
                      new SyncResult(
                          conversationId, p.messages(), p.hasMore(), Math.min(last, maxSeq)));
            });
  }

  /** The highest seq the user may read in the conversation; fails when they may read none. */
  private CompletionStage<Long> visibleUpTo(long userId, String conversationId) {
    if (ConversationIds.pair(conversationId) != null) {
      if (ConversationIds.peer(conversationId, userId) <= 0) {
        throw new WsException(ErrorCode.CONVERSATION_NOT_FOUND);
      }
      return CompletableFuture.completedFuture(Long.MAX_VALUE);
    }
    long group = ConversationIds.groupId(conversationId);
    if (group <= 0) {
      throw new WsException(ErrorCode.CONVERSATION_NOT_FOUND);
    }
    return access
        .isMember(userId, group)
        .thenCompose(
            member ->
                member
                    ? CompletableFuture.completedFuture(Long.MAX_VALUE)
                    : log.removedSeq(userId, conversationId)
                        .thenApply(
                            removed ->
                                removed.orElseThrow(
                                    () -> new WsException(ErrorCode.CONVERSATION_NOT_FOUND))));
  }
}
