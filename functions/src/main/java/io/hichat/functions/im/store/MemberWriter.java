package io.hichat.functions.im.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code conversation_members} documents ({@link ChatSchema}): one per user and conversation.
 * Every write here only raises positions ({@code $max}) or fills defaults on insert ({@code
 * $setOnInsert}), so replaying it changes nothing.
 */
@Repository
public class MemberWriter {

  private final MongoCollection<Document> members;

  public MemberWriter(MongoDatabase db) {
    this.members = db.getCollection(ChatSchema.MEMBERS);
  }

  /** A user's read position in a conversation: what a read receipt needs. */
  public record Position(long readSeq, Long removedSeq) {}

  /** Changes to many member documents, written in one unordered bulk write. */
  public final class Changes {
    private final List<WriteModel<Document>> writes = new ArrayList<>();

    private Changes() {}

    /** The sender's own messages count as read; sending also shows the conversation again. */
    public Changes sent(long userId, String conversationId, int chatType, long seq) {
      writes.add(
          new UpdateOneModel<>(
              Filters.eq("_id", ChatSchema.memberId(userId, conversationId)),
              Updates.combine(
                  Updates.max("readSeq", seq),
                  Updates.set("isShow", true),
                  defaults(userId, conversationId, chatType, false)),
              new UpdateOptions().upsert(true)));
      return this;
    }

    /** A single chat's peer received a message: the document exists and the chat is shown. */
    public Changes received(long userId, String conversationId, int chatType) {
      writes.add(
          new UpdateOneModel<>(
              Filters.eq("_id", ChatSchema.memberId(userId, conversationId)),
              Updates.combine(
                  Updates.set("isShow", true), defaults(userId, conversationId, chatType, true)),
              new UpdateOptions().upsert(true)));
      return this;
    }

    /**
     * A group member was mentioned at {@code seq}. Only a current member's document moves: one that
     * does not exist or was removed is left alone, so a mention never makes a member.
     */
    public Changes mentioned(long userId, String conversationId, long seq) {
      writes.add(
          new UpdateOneModel<>(
              Filters.and(
                  Filters.eq("_id", ChatSchema.memberId(userId, conversationId)),
                  Filters.exists("removedSeq", false)),
              Updates.max("atMeSeq", seq)));
      return this;
    }

    /** Everyone in the group but the sender was mentioned at {@code seq}: one statement. */
    public Changes mentionedAll(String conversationId, long exceptUserId, long seq) {
      writes.add(
          new UpdateManyModel<>(
              Filters.and(
                  Filters.eq("conversationId", conversationId),
                  Filters.ne("userId", exceptUserId),
                  Filters.exists("removedSeq", false)),
              Updates.max("atMeSeq", seq)));
      return this;
    }

    public boolean isEmpty() {
      return writes.isEmpty();
    }

    public void write() {
      if (!writes.isEmpty()) {
        members.bulkWrite(writes, new BulkWriteOptions().ordered(false));
      }
    }
  }

  public Changes changes() {
    return new Changes();
  }

  /** The user's position, or null when they have no document for the conversation. */
  public Position position(long userId, String conversationId) {
    Document doc =
        members.find(Filters.eq("_id", ChatSchema.memberId(userId, conversationId))).first();
    if (doc == null) {
      return null;
    }
    Object removed = doc.get("removedSeq");
    return new Position(
        MessageLog.number(doc, "readSeq"), removed instanceof Number n ? n.longValue() : null);
  }

  /**
   * Raises the user's read position to {@code readSeq} and stamps {@code readAt}; a position that
   * is already there or beyond is left alone.
   *
   * @return whether it moved
   */
  public boolean read(long userId, String conversationId, int chatType, long readSeq, long now) {
    Bson behind = Filters.or(Filters.lt("readSeq", readSeq), Filters.exists("readSeq", false));
    return guardedUpsert(
        Filters.and(Filters.eq("_id", ChatSchema.memberId(userId, conversationId)), behind),
        Updates.combine(
            Updates.set("readSeq", readSeq),
            Updates.set("readAt", now),
            Updates.setOnInsert("userId", userId),
            Updates.setOnInsert("conversationId", conversationId),
            Updates.setOnInsert("chatType", chatType),
            Updates.setOnInsert("isShow", true),
            Updates.setOnInsert("isTop", false),
            Updates.setOnInsert("isMute", false)));
  }

  /**
   * A user joined a group (relation event {@code version}): the member document exists, shows the
   * group, is no longer removed, and starts read at {@code seq} (the history before is not unread).
   */
  public boolean joined(long userId, long groupId, long version, long seq) {
    String conversationId = ConversationIds.group(groupId);
    return guardedUpsert(
        newer(userId, conversationId, version),
        Updates.combine(
            Updates.set("relVersion", version),
            Updates.set("isShow", true),
            Updates.max("readSeq", seq),
            Updates.unset("removedSeq"),
            Updates.setOnInsert("userId", userId),
            Updates.setOnInsert("conversationId", conversationId),
            Updates.setOnInsert("chatType", ChatTypes.GROUP),
            Updates.setOnInsert("isTop", false),
            Updates.setOnInsert("isMute", false)));
  }

  /** A user left a group (relation event {@code version}): they see it up to {@code seq} only. */
  public boolean left(long userId, long groupId, long version, long seq) {
    String conversationId = ConversationIds.group(groupId);
    return guardedUpsert(
        newer(userId, conversationId, version),
        Updates.combine(
            Updates.set("relVersion", version),
            Updates.set("removedSeq", seq),
            Updates.setOnInsert("readSeq", seq),
            Updates.setOnInsert("userId", userId),
            Updates.setOnInsert("conversationId", conversationId),
            Updates.setOnInsert("chatType", ChatTypes.GROUP),
            Updates.setOnInsert("isShow", true),
            Updates.setOnInsert("isTop", false),
            Updates.setOnInsert("isMute", false)));
  }

  /** A group was disbanded: every member still in it sees it up to {@code seq} only. */
  public long closed(long groupId, long seq) {
    return members
        .updateMany(
            Filters.and(
                Filters.eq("conversationId", ConversationIds.group(groupId)),
                Filters.exists("removedSeq", false)),
            Updates.set("removedSeq", seq))
        .getModifiedCount();
  }

  private static Bson newer(long userId, String conversationId, long version) {
    return Filters.and(
        Filters.eq("_id", ChatSchema.memberId(userId, conversationId)),
        Filters.or(Filters.lt("relVersion", version), Filters.exists("relVersion", false)));
  }

  private static Bson defaults(
      long userId, String conversationId, int chatType, boolean withReadSeq) {
    List<Bson> fields = new ArrayList<>();
    fields.add(Updates.setOnInsert("userId", userId));
    fields.add(Updates.setOnInsert("conversationId", conversationId));
    fields.add(Updates.setOnInsert("chatType", chatType));
    fields.add(Updates.setOnInsert("isTop", false));
    fields.add(Updates.setOnInsert("isMute", false));
    if (withReadSeq) {
      fields.add(Updates.setOnInsert("readSeq", 0L));
    }
    return Updates.combine(fields);
  }

  /**
   * An upsert whose filter also says "only if older": when the document exists but is not older,
   * the upsert's insert meets its {@code _id}, which means there was nothing to do.
   */
  private boolean guardedUpsert(Bson filter, Bson update) {
    try {
      var result = members.updateOne(filter, update, new UpdateOptions().upsert(true));
      return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }
}
