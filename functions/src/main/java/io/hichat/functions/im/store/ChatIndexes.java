package io.hichat.functions.im.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.hichat.model.im.ChatSchema;
import java.util.List;

/**
 * Creates the chat collections' indexes ({@link ChatSchema}); idempotent, run by provisioning
 * (deploy time in AWS, {@code ./hichat up} locally) before any function reads or writes chat. The
 * unique indexes are what make message inserts idempotent and seqs unique.
 */
public final class ChatIndexes {

  private final MongoDatabase db;

  public ChatIndexes(MongoDatabase db) {
    this.db = db;
  }

  /** Returns the number of indexes asked for (existing ones are left as they are). */
  public int ensure() {
    List<IndexModel> logs =
        List.of(
            new IndexModel(
                Indexes.ascending("conversationId", "seq"),
                new IndexOptions().unique(true).name("conversation_seq")),
            new IndexModel(
                Indexes.ascending("conversationId", "sendId", "clientMsgId"),
                new IndexOptions().unique(true).name("conversation_sender_client_msg")));
    List<IndexModel> members =
        List.of(
            new IndexModel(Indexes.ascending("userId"), new IndexOptions().name("user")),
            new IndexModel(
                Indexes.ascending("conversationId"), new IndexOptions().name("conversation")));
    db.getCollection(ChatSchema.CHAT_LOGS).createIndexes(logs);
    db.getCollection(ChatSchema.MEMBERS).createIndexes(members);
    return logs.size() + members.size();
  }
}
