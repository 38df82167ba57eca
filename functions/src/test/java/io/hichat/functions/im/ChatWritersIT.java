package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.im.domain.ChatPersister;
import io.hichat.functions.im.store.ChatLogEntry;
import io.hichat.functions.im.store.ConversationWriter;
import io.hichat.functions.im.store.MemberWriter;
import io.hichat.functions.im.store.MessageLog;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.event.ChatEvent;
import io.hichat.model.im.ConversationIds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * The MongoDB writers under the conditions the chat consumer relies on: unique indexes stopping an
 * ordered insert, guarded upserts refusing to go back, and two writers on one conversation (a
 * partition moving between consumers) still leaving one message per client id and gap-free seqs.
 */
class ChatWritersIT {

  final MessageLog log = STACK.bean(MessageLog.class);
  final ConversationWriter conversations = STACK.bean(ConversationWriter.class);
  final MemberWriter members = STACK.bean(MemberWriter.class);

  static String freshConversation() {
    long a = ThreadLocalRandom.current().nextLong(100_000_000, 900_000_000);
    return ConversationIds.single(a, a + 1);
  }

  static ChatLogEntry entry(String conv, long seq, String clientMsgId) {
    long[] pair = ConversationIds.pair(conv);
    return new ChatLogEntry(
        new ObjectId().toHexString(),
        conv,
        seq,
        clientMsgId,
        pair[0],
        pair[1],
        1,
        1,
        "text " + clientMsgId,
        null,
        List.of(),
        false,
        System.currentTimeMillis(),
        0);
  }

  @Test
  void orderedInsert_stopsAtATakenSeq_orAnAlreadyStoredClientId() {
    String conv = freshConversation();
    assertThat(log.insertInOrder(List.of(entry(conv, 1, "a"), entry(conv, 2, "b")))).isEqualTo(2);

    assertThat(
            log.insertInOrder(
                List.of(entry(conv, 3, "c"), entry(conv, 2, "d"), entry(conv, 4, "e"))))
        .as("seq 2 is taken: c went in, d and e did not")
        .isEqualTo(1);
    assertThat(log.insertInOrder(List.of(entry(conv, 4, "a"), entry(conv, 5, "f"))))
        .as("a is stored already")
        .isZero();
    assertThat(logs(conv))
        .extracting(d -> d.getString("clientMsgId"))
        .containsExactly("a", "b", "c");
    assertThat(log.highestSeq(conv)).isEqualTo(3);
  }

  @Test
  void conversation_movesOnlyForward() {
    String conv = freshConversation();
    assertThat(conversations.advance(conv, entry(conv, 2, "b"), 1)).isTrue();
    assertThat(conversations.advance(conv, entry(conv, 1, "a"), 2)).isFalse();
    assertThat(conversations.advance(conv, entry(conv, 2, "b"), 3)).isFalse();
    Document doc = conversation(conv);
    assertThat(number(doc, "seq")).isEqualTo(2);
    assertThat(doc.get("lastMsg", Document.class).getString("clientMsgId")).isEqualTo("b");
    assertThat(conversations.advance(conv, entry(conv, 3, "c"), 4)).isTrue();
    assertThat(number(conversation(conv), "seq")).isEqualTo(3);
  }

  @Test
  void membership_followsTheNewestRelationEventOnly() {
    long group = ThreadLocalRandom.current().nextLong(100_000_000, 900_000_000);
    long user = group + 1;
    String conv = ConversationIds.group(group);
    assertThat(members.joined(user, group, 10, 4)).isTrue();
    assertThat(members.left(user, group, 9, 6)).as("an older event").isFalse();
    assertThat(member(user, conv).get("removedSeq")).isNull();
    assertThat(members.left(user, group, 11, 6)).isTrue();
    assertThat(number(member(user, conv), "removedSeq")).isEqualTo(6);
    assertThat(members.joined(user, group, 11, 7)).as("the same event again").isFalse();
    assertThat(number(member(user, conv), "readSeq")).isEqualTo(4);
  }

  @Test
  void twoWritersOnOneConversation_storeEachMessageOnce_withGapFreeSeqs() throws Exception {
    TestUser ada = user("ada");
    TestUser bob = user("bob");
    befriend(ada, bob);
    String conv = ConversationIds.single(ada.id(), bob.id());
    ChatPersister persister = STACK.bean(ChatPersister.class);
    int batches = 6;
    int perBatch = 8;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int writer = w;
        Callable<Void> work =
            () -> {
              for (int b = 0; b < batches; b++) {
                List<ChatEvent> batch = new ArrayList<>();
                for (int i = 0; i < perBatch; i++) {
                  // half the ids both writers send (a resend through the other writer)
                  String id =
                      i % 2 == 0 ? "shared-" + b + "-" + i : "w" + writer + "-" + b + "-" + i;
                  batch.add(single(ada, bob, id, id));
                }
                persister.persist(batch);
              }
              return null;
            };
        writers.add(pool.submit(work));
      }
      for (Future<?> f : writers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    int distinct = batches * (perBatch / 2) + 2 * batches * (perBatch / 2);
    List<Document> logs = logs(conv);
    assertThat(logs)
        .extracting(d -> d.getString("clientMsgId"))
        .doesNotHaveDuplicates()
        .hasSize(distinct);
    assertThat(logs)
        .extracting(d -> number(d, "seq"))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, distinct).boxed().toList());
    assertThat(number(conversation(conv), "seq")).isEqualTo(distinct);
    assertThat(number(member(ada.id(), conv), "readSeq")).isEqualTo(distinct);
  }
}
