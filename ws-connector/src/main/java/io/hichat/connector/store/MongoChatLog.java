package io.hichat.connector.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.hichat.connector.chat.ChatLog;
import io.hichat.model.im.ChatBody;
import io.hichat.model.im.ChatPush;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stored chat read with the reactive MongoDB driver: nothing waits on a socket. Documents follow
 * {@link ChatSchema}; recalled messages come back without content or quote.
 */
public final class MongoChatLog implements ChatLog {

  private final MongoCollection<Document> logs;
  private final MongoCollection<Document> conversations;
  private final MongoCollection<Document> members;

  public MongoChatLog(MongoDatabase db) {
    this.logs = db.getCollection(ChatSchema.CHAT_LOGS);
    this.conversations = db.getCollection(ChatSchema.CONVERSATION);
    this.members = db.getCollection(ChatSchema.MEMBERS);
  }

  @Override
  public CompletionStage<Page> after(String conversationId, long afterSeq, long maxSeq, int limit) {
    List<Bson> filters = new ArrayList<>(3);
    filters.add(Filters.eq("conversationId", conversationId));
    filters.add(Filters.gt("seq", afterSeq));
    if (maxSeq < Long.MAX_VALUE) {
      filters.add(Filters.lte("seq", maxSeq));
    }
    return Flux.from(logs.find(Filters.and(filters)).sort(Sorts.ascending("seq")).limit(limit + 1))
        .map(MongoChatLog::push)
        .collectList()
        .map(
            found ->
                found.size() > limit
                    ? new Page(List.copyOf(found.subList(0, limit)), true)
                    : new Page(found, false))
        .toFuture();
  }

  @Override
  public CompletionStage<Long> latestSeq(String conversationId) {
    return Mono.from(
            conversations
                .find(Filters.eq("_id", conversationId))
                .projection(Projections.include("seq"))
                .first())
        .map(doc -> number(doc.get("seq")))
        .defaultIfEmpty(0L)
        .toFuture();
  }

  @Override
  public CompletionStage<OptionalLong> removedSeq(long userId, String conversationId) {
    return Mono.from(
            members
                .find(Filters.eq("_id", ChatSchema.memberId(userId, conversationId)))
                .projection(Projections.include("removedSeq"))
                .first())
        .map(
            doc ->
                doc.get("removedSeq") instanceof Number n
                    ? OptionalLong.of(n.longValue())
                    : OptionalLong.empty())
        .defaultIfEmpty(OptionalLong.empty())
        .toFuture();
  }

  static ChatPush push(Document doc) {
    int status = (int) number(doc.get("status"));
    boolean recalled = status == ChatSchema.STATUS_RECALLED;
    List<String> atUsers = null;
    if (doc.get("atUsers") instanceof List<?> list && !list.isEmpty()) {
      atUsers = list.stream().map(String::valueOf).toList();
    }
    Object atAll = doc.get("atAll");
    ChatBody body =
        new ChatBody(
            (int) number(doc.get("msgType")),
            recalled ? "" : doc.getString("msgContent"),
            recalled ? null : doc.getString("quote"),
            null,
            atUsers,
            Boolean.TRUE.equals(atAll) ? Boolean.TRUE : null);
    Object id = doc.get("_id");
    Object recalledBy = doc.get("recalledBy");
    return new ChatPush(
        doc.getString("conversationId"),
        (int) number(doc.get("chatType")),
        text(doc.get("sendId")),
        text(doc.get("recvId")),
        number(doc.get("sendTime")),
        ChatTypes.CONTENT_MESSAGE,
        id instanceof ObjectId oid ? oid.toHexString() : String.valueOf(id),
        number(doc.get("seq")),
        doc.getString("clientMsgId"),
        recalledBy == null ? null : String.valueOf(recalledBy),
        status,
        body);
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0L;
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
