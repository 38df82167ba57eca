package io.hichat.functions.im.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.hichat.model.im.ChatSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Repository;

/**
 * The read side of {@code chat_logs} for the IM REST functions, and the one write they make there:
 * the recall flip. Messages are written only by the chat consumer. Reads go by {@code
 * (conversationId, seq)}, the unique index, so every page is an index range.
 */
@Repository
public class ChatHistory {

  private final MongoCollection<Document> logs;

  public ChatHistory(MongoDatabase db) {
    this.logs = db.getCollection(ChatSchema.CHAT_LOGS);
  }

  /** Whether {@code text} is a message id (24 hex digits). */
  public static boolean isMessageId(String text) {
    return text != null && ObjectId.isValid(text);
  }

  public Optional<StoredMessage> find(String messageId) {
    return Optional.ofNullable(logs.find(eq("_id", new ObjectId(messageId))).first())
        .map(ChatHistory::message);
  }

  /** The message, only when it belongs to {@code conversationId}. */
  public Optional<StoredMessage> find(String conversationId, String messageId) {
    return find(messageId).filter(m -> m.conversationId().equals(conversationId));
  }

  /** The messages with these ids, by id; unknown ids are left out. */
  public Map<String, StoredMessage> findAll(Collection<String> messageIds) {
    Map<String, StoredMessage> out = new HashMap<>();
    List<ObjectId> ids = messageIds.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
    if (ids.isEmpty()) {
      return out;
    }
    for (Document d : logs.find(in("_id", ids))) {
      StoredMessage m = message(d);
      out.put(m.id(), m);
    }
    return out;
  }

  /**
   * Messages with {@code minSeq ≤ seq ≤ maxSeq} and, when given, {@code fromTime ≤ sendTime ≤
   * toTime}, in seq order ({@code ascending} or not), at most {@code limit}.
   */
  public List<StoredMessage> range(
      String conversationId,
      long minSeq,
      long maxSeq,
      Long fromTime,
      Long toTime,
      boolean ascending,
      int limit) {
    if (minSeq > maxSeq || limit <= 0) {
      return List.of();
    }
    List<Bson> filters = new ArrayList<>();
    filters.add(eq("conversationId", conversationId));
    filters.add(gte("seq", minSeq));
    filters.add(lte("seq", maxSeq));
    if (fromTime != null) {
      filters.add(gte("sendTime", fromTime));
    }
    if (toTime != null) {
      filters.add(lte("sendTime", toTime));
    }
    return list(
        logs.find(and(filters))
            .sort(ascending ? Sorts.ascending("seq") : Sorts.descending("seq"))
            .limit(limit));
  }

  /**
   * Messages with {@code minSeq ≤ seq ≤ maxSeq} that mention {@code userId} or everyone, not sent
   * by them and not recalled, oldest first.
   */
  public List<StoredMessage> mentions(
      String conversationId, long userId, long minSeq, long maxSeq, int limit) {
    if (minSeq > maxSeq || limit <= 0) {
      return List.of();
    }
    return list(
        logs.find(
                and(
                    eq("conversationId", conversationId),
                    gte("seq", minSeq),
                    lte("seq", maxSeq),
                    ne("sendId", userId),
                    ne("status", ChatSchema.STATUS_RECALLED),
                    or(eq("atUsers", userId), eq("atAll", true))))
            .sort(Sorts.ascending("seq"))
            .limit(limit));
  }

  /** The latest message with {@code seq ≤ maxSeq}. */
  public Optional<StoredMessage> latestUpTo(String conversationId, long maxSeq) {
    List<StoredMessage> one = range(conversationId, 1, maxSeq, null, null, false, 1);
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  /**
   * Flips a normal message to recalled, remembering that its event is not published yet. False when
   * it was not normal any more (recalled meanwhile).
   */
  public boolean markRecalled(String messageId, long by, long at) {
    return logs.updateOne(
                and(eq("_id", new ObjectId(messageId)), eq("status", ChatSchema.STATUS_NORMAL)),
                Updates.combine(
                    Updates.set("status", ChatSchema.STATUS_RECALLED),
                    Updates.set("recalledBy", by),
                    Updates.set("recalledAt", at),
                    Updates.set("recallPublished", false)))
            .getModifiedCount()
        == 1;
  }

  /** The recall's event was acknowledged by Kafka. */
  public void markRecallPublished(String messageId) {
    logs.updateOne(eq("_id", new ObjectId(messageId)), Updates.set("recallPublished", true));
  }

  private static List<StoredMessage> list(Iterable<Document> docs) {
    List<StoredMessage> out = new ArrayList<>();
    for (Document d : docs) {
      out.add(message(d));
    }
    return out;
  }

  static StoredMessage message(Document d) {
    Object published = d.get("recallPublished");
    return new StoredMessage(
        Docs.idOf(d),
        Docs.stringOf(d, "conversationId"),
        Docs.longOf(d, "seq"),
        Docs.stringOf(d, "clientMsgId"),
        Docs.longOf(d, "sendId"),
        Docs.longOf(d, "recvId"),
        Docs.intOf(d, "chatType"),
        Docs.intOf(d, "msgType"),
        Docs.stringOf(d, "msgContent"),
        Docs.stringOf(d, "quote"),
        Docs.longs(d, "atUsers"),
        Docs.boolOf(d, "atAll", false),
        Docs.longOf(d, "sendTime"),
        Docs.intOf(d, "status"),
        Docs.longOf(d, "recalledBy"),
        Docs.longOf(d, "recalledAt"),
        published instanceof Boolean b ? b : null);
  }
}
