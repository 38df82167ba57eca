package io.hichat.connector.chat;

import io.hichat.model.im.ChatPush;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/** Reads stored chat ({@link io.hichat.model.im.ChatSchema}) without blocking. */
public interface ChatLog {

  /** Messages in seq order with {@code afterSeq < seq <= maxSeq}, at most {@code limit}. */
  CompletionStage<Page> after(String conversationId, long afterSeq, long maxSeq, int limit);

  /** The conversation's latest seq, 0 when it has no message yet. */
  CompletionStage<Long> latestSeq(String conversationId);

  /** The last seq a removed group member may still read; empty while a member or never one. */
  CompletionStage<OptionalLong> removedSeq(long userId, String conversationId);

  /** One page of messages and whether more follow within the bound. */
  record Page(List<ChatPush> messages, boolean hasMore) {}
}
