package io.hichat.functions.im.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.hichat.functions.im.store.ChatLogEntry.ClientKey;
import io.hichat.model.im.ChatSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Repository;

/**
 * {@code chat_logs}, written only by the chat consumer ({@link ChatSchema}): inserts in seq order
 * under the two unique indexes, and the few reads the consumers need to plan and to answer reads.
 */
@Repository
public class MessageLog {

  private final MongoCollection<Document> logs;

  public MessageLog(MongoDatabase db) {
    this.logs = db.getCollection(ChatSchema.CHAT_LOGS);
  }

  /** The stored messages of a conversation with these client ids, by sender and client id. */
  public Map<ClientKey, ChatLogEntry> byClientIds(
      String conversationId, Collection<String> clientMsgIds) {
    Map<ClientKey, ChatLogEntry> out = new HashMap<>();
    if (clientMsgIds.isEmpty()) {
      return out;
    }
    Bson filter =
        Filters.and(
            Filters.eq("conversationId", conversationId),
            Filters.in("clientMsgId", new LinkedHashSet<>(clientMsgIds)));
    for (Document doc : logs.find(filter)) {
      ChatLogEntry entry = entry(doc);
      out.put(entry.clientKey(), entry);
    }
    return out;
  }

  /** The highest seq stored for a conversation, 0 when it has none. */
  public long highestSeq(String conversationId) {
    Document top =
        logs.find(Filters.eq("conversationId", conversationId))
            .sort(Sorts.descending("seq"))
            .projection(Projections.include("seq"))
            .limit(1)
            .first();
    return top == null ? 0 : number(top, "seq");
  }

  /**
   * Inserts the entries in order and stops at the first one a unique index refuses (its seq was
   * taken, or the message is already stored). Any other failure is thrown.
   *
   * @return how many entries, from the first, were stored
   */
  public int insertInOrder(List<ChatLogEntry> entries) {
    if (entries.isEmpty()) {
      return 0;
    }
    List<Document> docs = entries.stream().map(MessageLog::document).toList();
    try {
      logs.insertMany(docs, new InsertManyOptions().ordered(true));
      return docs.size();
    } catch (MongoBulkWriteException e) {
      List<BulkWriteError> errors = e.getWriteErrors();
      if (errors.isEmpty()) {
        throw e;
      }
      BulkWriteError first = errors.get(0);
      if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      return first.getIndex();
    }
  }

  /** The messages of the conversation among {@code msgIds}; ids of other conversations are left. */
  public List<ChatLogEntry> byIds(String conversationId, Collection<ObjectId> msgIds) {
    List<ChatLogEntry> out = new ArrayList<>();
    if (msgIds.isEmpty()) {
      return out;
    }
    Bson filter =
        Filters.and(Filters.in("_id", msgIds), Filters.eq("conversationId", conversationId));
    for (Document doc : logs.find(filter)) {
      out.add(entry(doc));
    }
    return out;
  }

  /** Who sent the messages with a seq in {@code (afterSeq, upToSeq]}. */
  public Set<Long> senders(String conversationId, long afterSeq, long upToSeq) {
    Set<Long> out = new LinkedHashSet<>();
    Bson filter =
        Filters.and(
            Filters.eq("conversationId", conversationId),
            Filters.gt("seq", afterSeq),
            Filters.lte("seq", upToSeq));
    for (BsonValue sender : logs.distinct("sendId", filter, BsonValue.class)) {
      if (sender.isNumber()) {
        out.add(sender.asNumber().longValue());
      }
    }
    return out;
  }

  /**
   * The document of an entry, as {@link ChatSchema} lays it out; also the conversation's lastMsg.
   */
  public static Document document(ChatLogEntry e) {
    Document doc =
        new Document("_id", new ObjectId(e.msgId()))
            .append("conversationId", e.conversationId())
            .append("seq", e.seq())
            .append("clientMsgId", e.clientMsgId())
            .append("sendId", e.sendId())
            .append("recvId", e.recvId())
            .append("chatType", e.chatType())
            .append("msgType", e.msgType())
            .append("msgContent", e.msgContent())
            .append("quote", e.quote())
            .append("atUsers", e.atUsers())
            .append("atAll", e.atAll())
            .append("sendTime", e.sendTime())
            .append("status", e.status());
    return doc;
  }

  static ChatLogEntry entry(Document doc) {
    List<Long> atUsers = new ArrayList<>();
    Object mentioned = doc.get("atUsers");
    if (mentioned instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Number n) {
          atUsers.add(n.longValue());
        }
      }
    }
    return new ChatLogEntry(
        doc.getObjectId("_id").toHexString(),
        doc.getString("conversationId"),
        number(doc, "seq"),
        doc.getString("clientMsgId"),
        number(doc, "sendId"),
        number(doc, "recvId"),
        (int) number(doc, "chatType"),
        (int) number(doc, "msgType"),
        doc.getString("msgContent"),
        doc.getString("quote"),
        atUsers,
        Boolean.TRUE.equals(doc.getBoolean("atAll")),
        number(doc, "sendTime"),
        (int) number(doc, "status"));
  }

  static long number(Document doc, String field) {
    Object value = doc.get(field);
    return value instanceof Number n ? n.longValue() : 0;
  }
}
