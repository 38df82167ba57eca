package io.hichat.functions.im.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.hichat.model.im.ChatSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The {@code conversation} documents ({@link ChatSchema}): one per conversation, holding its latest
 * seq and last message. Only the chat consumer moves them, and only forward.
 */
@Repository
public class ConversationWriter {

  private final MongoCollection<Document> conversations;

  public ConversationWriter(MongoDatabase db) {
    this.conversations = db.getCollection(ChatSchema.CONVERSATION);
  }

  /** Each conversation's seq (0 for one without a document), read in one query. */
  public Map<String, Long> seqs(Collection<String> conversationIds) {
    Map<String, Long> out = new HashMap<>();
    for (String id : conversationIds) {
      out.put(id, 0L);
    }
    if (conversationIds.isEmpty()) {
      return out;
    }
    for (Document doc :
        conversations
            .find(Filters.in("_id", new LinkedHashSet<>(conversationIds)))
            .projection(Projections.include("seq"))) {
      out.put(doc.getString("_id"), MessageLog.number(doc, "seq"));
    }
    return out;
  }

  public long seq(String conversationId) {
    return seqs(List.of(conversationId)).get(conversationId);
  }

  /**
   * {@link #advance} for several conversations in one unordered bulk write (conversation id → its
   * newest message); a document already at that seq or later is left as it is.
   */
  public void advanceAll(Map<String, ChatLogEntry> lastByConversation, long now) {
    if (lastByConversation.isEmpty()) {
      return;
    }
    List<WriteModel<Document>> writes = new ArrayList<>();
    lastByConversation.forEach(
        (conversationId, last) ->
            writes.add(
                new UpdateOneModel<>(
                    Filters.and(Filters.eq("_id", conversationId), Filters.lt("seq", last.seq())),
                    Updates.combine(
                        Updates.set("chatType", last.chatType()),
                        Updates.set("seq", last.seq()),
                        Updates.set("lastMsg", MessageLog.document(last)),
                        Updates.set("updatedAt", now)),
                    new UpdateOptions().upsert(true))));
    try {
      conversations.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      // an upsert's insert met an _id that is already at this seq or later: left as it is
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
      }
    }
  }

  /**
   * Moves the conversation to {@code last} (its seq and last message) when that is newer than what
   * it holds, creating the document if needed; an older message leaves it as it is.
   *
   * @return whether the document moved
   */
  public boolean advance(String conversationId, ChatLogEntry last, long now) {
    try {
      var result =
          conversations.updateOne(
              Filters.and(Filters.eq("_id", conversationId), Filters.lt("seq", last.seq())),
              Updates.combine(
                  Updates.set("chatType", last.chatType()),
                  Updates.set("seq", last.seq()),
                  Updates.set("lastMsg", MessageLog.document(last)),
                  Updates.set("updatedAt", now)),
              new UpdateOptions().upsert(true));
      return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
    } catch (MongoWriteException e) {
      // the document exists with this seq or a later one: the upsert's insert met its _id
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }
}
