package io.hichat.functions.im.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.hichat.model.im.ChatSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code conversation} and {@code conversation_members} documents as the IM REST functions read
 * and write them: conversations are created when missing (seq 0), member documents created with
 * {@code $setOnInsert} (never resetting what the chat consumer wrote), read positions only raised,
 * and flags set. The chat consumer owns {@code seq}, {@code lastMsg}, {@code atMeSeq}; the relation
 * consumer owns {@code removedSeq}.
 */
@Repository
public class ConversationBook {

  private final MongoCollection<Document> conversations;
  private final MongoCollection<Document> members;

  public ConversationBook(MongoDatabase db) {
    this.conversations = db.getCollection(ChatSchema.CONVERSATION);
    this.members = db.getCollection(ChatSchema.MEMBERS);
  }

  /** The fields of a new member document; a field also set by the same update is left out. */
  public record NewMember(int chatType, long readSeq, boolean isShow, long hiddenSeq) {}

  public Optional<ConversationState> conversation(String conversationId) {
    return Optional.ofNullable(conversations.find(eq("_id", conversationId)).first())
        .map(ConversationBook::conversation);
  }

  public Map<String, ConversationState> conversations(Collection<String> conversationIds) {
    Map<String, ConversationState> out = new HashMap<>();
    if (conversationIds.isEmpty()) {
      return out;
    }
    for (Document d : conversations.find(in("_id", List.copyOf(conversationIds)))) {
      ConversationState c = conversation(d);
      out.put(c.id(), c);
    }
    return out;
  }

  /** Creates the conversation with seq 0 when it does not exist; returns its state. */
  public ConversationState ensureConversation(String conversationId, int chatType, long now) {
    upsert(
        () ->
            conversations.updateOne(
                eq("_id", conversationId),
                Updates.combine(
                    Updates.setOnInsert("chatType", chatType),
                    Updates.setOnInsert("seq", 0L),
                    Updates.setOnInsert("updatedAt", now)),
                new UpdateOptions().upsert(true)));
    return conversation(conversationId).orElseThrow();
  }

  public Optional<MemberState> member(long userId, String conversationId) {
    return Optional.ofNullable(
            members.find(eq("_id", ChatSchema.memberId(userId, conversationId))).first())
        .map(ConversationBook::member);
  }

  /** Every member document of the user. */
  public List<MemberState> membersOf(long userId) {
    List<MemberState> out = new ArrayList<>();
    for (Document d : members.find(eq("userId", userId))) {
      out.add(member(d));
    }
    return out;
  }

  /** The member documents of these (user, conversation) pairs, by their document id. */
  public Map<String, MemberState> members(Collection<String> memberIds) {
    Map<String, MemberState> out = new HashMap<>();
    if (memberIds.isEmpty()) {
      return out;
    }
    for (Document d : members.find(in("_id", List.copyOf(memberIds)))) {
      out.put(String.valueOf(d.get("_id")), member(d));
    }
    return out;
  }

  /**
   * Creates the member document with {@code fresh}'s values when it does not exist, and sets {@code
   * set} either way.
   */
  public void upsertMember(
      long userId, String conversationId, NewMember fresh, Map<String, Object> set) {
    List<Bson> updates = new ArrayList<>();
    set.forEach((field, value) -> updates.add(Updates.set(field, value)));
    Map<String, Object> insert = new java.util.LinkedHashMap<>();
    insert.put("userId", userId);
    insert.put("conversationId", conversationId);
    insert.put("chatType", fresh.chatType());
    insert.put("readSeq", fresh.readSeq());
    insert.put("readAt", 0L);
    insert.put("isShow", fresh.isShow());
    insert.put("isTop", false);
    insert.put("isMute", false);
    insert.put("atMeSeq", 0L);
    insert.put("hiddenSeq", fresh.hiddenSeq());
    insert.forEach(
        (field, value) -> {
          if (!set.containsKey(field)) {
            updates.add(Updates.setOnInsert(field, value));
          }
        });
    upsert(
        () ->
            members.updateOne(
                eq("_id", ChatSchema.memberId(userId, conversationId)),
                Updates.combine(updates),
                new UpdateOptions().upsert(true)));
  }

  /**
   * Moves the read position from exactly {@code expected} to {@code readSeq} (a compare-and-set);
   * false when another writer moved it first.
   */
  public boolean moveReadSeq(
      long userId, String conversationId, long expected, long readSeq, long now) {
    return members
            .updateOne(
                and(
                    eq("_id", ChatSchema.memberId(userId, conversationId)),
                    expected == 0
                        ? or(eq("readSeq", 0L), exists("readSeq", false))
                        : eq("readSeq", expected)),
                Updates.combine(Updates.set("readSeq", readSeq), Updates.set("readAt", now)))
            .getMatchedCount()
        == 1;
  }

  /** Hides the conversation up to {@code hiddenSeq}. */
  public void hide(long userId, String conversationId, long hiddenSeq) {
    members.updateOne(
        eq("_id", ChatSchema.memberId(userId, conversationId)),
        Updates.combine(Updates.set("isShow", false), Updates.set("hiddenSeq", hiddenSeq)));
  }

  /** Upserts on {@code _id} race with each other: the loser's duplicate key error is retried. */
  private static void upsert(Supplier<?> write) {
    for (int attempt = 1; ; attempt++) {
      try {
        write.get();
        return;
      } catch (MongoWriteException e) {
        if (attempt >= 3 || e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
      }
    }
  }

  static ConversationState conversation(Document d) {
    Object last = d.get("lastMsg");
    String lastId = last instanceof Document l && l.get("_id") != null ? Docs.idOf(l) : null;
    return new ConversationState(
        String.valueOf(d.get("_id")),
        Docs.intOf(d, "chatType"),
        Docs.longOf(d, "seq"),
        lastId,
        Docs.longOf(d, "updatedAt"));
  }

  static MemberState member(Document d) {
    return new MemberState(
        Docs.longOf(d, "userId"),
        Docs.stringOf(d, "conversationId"),
        Docs.intOf(d, "chatType"),
        Docs.longOf(d, "readSeq"),
        Docs.longOf(d, "readAt"),
        Docs.boolOf(d, "isShow", true),
        Docs.boolOf(d, "isTop", false),
        Docs.boolOf(d, "isMute", false),
        Docs.longOf(d, "atMeSeq"),
        Docs.longOf(d, "hiddenSeq"),
        Docs.nullableLong(d, "removedSeq"));
  }
}
