package io.hichat.functions.im.domain;

import io.hichat.functions.im.store.ChatLogEntry;
import io.hichat.functions.im.store.ChatLogEntry.ClientKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seq allocation for one conversation's messages of a batch, as pure functions. A message is known
 * by its {@link ClientKey}; the first of several with one key stands for all of them. Seqs follow
 * the highest one taken — the conversation's, or a stored message's when a crash came between the
 * insert and the conversation's update — so they stay gap-free from 1.
 */
public final class SeqPlan {

  private SeqPlan() {}

  /** The seq the next message gets after both the conversation's and the log's highest. */
  public static long base(long conversationSeq, long highestStored) {
    return Math.max(conversationSeq, highestStored);
  }

  /**
   * The messages to insert: those whose key is not stored yet, each key once (its first message),
   * in batch order, numbered from {@code base + 1}.
   */
  public static List<ChatLogEntry> assign(
      List<ChatLogEntry> messages, Map<ClientKey, ChatLogEntry> stored, long base) {
    Map<ClientKey, ChatLogEntry> fresh = new LinkedHashMap<>();
    for (ChatLogEntry m : messages) {
      if (!stored.containsKey(m.clientKey())) {
        fresh.putIfAbsent(m.clientKey(), m);
      }
    }
    List<ChatLogEntry> out = new ArrayList<>(fresh.size());
    long seq = base;
    for (ChatLogEntry m : fresh.values()) {
      out.add(m.atSeq(++seq));
    }
    return out;
  }

  /** Each key of the batch once, as stored, in seq order: the messages to echo to their senders. */
  public static List<ChatLogEntry> resolved(
      List<ChatLogEntry> messages, Map<ClientKey, ChatLogEntry> stored) {
    Map<ClientKey, ChatLogEntry> out = new LinkedHashMap<>();
    for (ChatLogEntry m : messages) {
      ChatLogEntry s = stored.get(m.clientKey());
      if (s != null) {
        out.putIfAbsent(m.clientKey(), s);
      }
    }
    return sorted(out.values());
  }

  /**
   * The stored messages the conversation does not reflect yet (seq above its own): the new ones,
   * and any a crash left between the insert and the conversation's update. Their conversation,
   * member and delivery steps are (re)done; older duplicates only get their echo.
   */
  public static List<ChatLogEntry> unreflected(
      Collection<ChatLogEntry> resolved, long conversationSeq) {
    return sorted(resolved.stream().filter(m -> m.seq() > conversationSeq).toList());
  }

  private static List<ChatLogEntry> sorted(Collection<ChatLogEntry> entries) {
    List<ChatLogEntry> out = new ArrayList<>(entries);
    out.sort(Comparator.comparingLong(ChatLogEntry::seq));
    return out;
  }
}
