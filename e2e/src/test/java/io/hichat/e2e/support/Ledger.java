package io.hichat.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.hichat.functions.support.TestStack;
import io.hichat.model.im.ChatSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

/**
 * What was sent, per conversation and in send order, and the checks that everything arrived: stored
 * exactly once with gap-free seqs in send order, held by every receiving device exactly once and in
 * that order, and pushed to no one outside the conversation.
 */
public final class Ledger {

  private final Map<String, List<String>> sent = new ConcurrentHashMap<>();

  /** Records that {@code clientMsgId} was sent (first attempt) in {@code conversationId}. */
  public void sent(String conversationId, String clientMsgId) {
    sent.computeIfAbsent(conversationId, c -> new CopyOnWriteArrayList<>()).add(clientMsgId);
  }

  public List<String> sent(String conversationId) {
    return sent.getOrDefault(conversationId, List.of());
  }

  public Set<String> conversations() {
    return sent.keySet();
  }

  /**
   * Waits until as many messages are stored in the conversation as were sent: a message is
   * acknowledged once Kafka has it and stored by the chat consumer a moment later.
   */
  public void awaitStored(String conversationId, java.time.Duration atMost) {
    MongoDatabase db = TestStack.get().bean(MongoDatabase.class);
    org.awaitility.Awaitility.await("messages of " + conversationId + " stored")
        .atMost(atMost)
        .until(
            () ->
                db.getCollection(ChatSchema.CHAT_LOGS)
                        .countDocuments(Filters.eq("conversationId", conversationId))
                    >= sent(conversationId).size());
  }

  /** The stored messages of a conversation are exactly the sent ones, once each, seq 1..n. */
  public void assertStored(String conversationId) {
    MongoDatabase db = TestStack.get().bean(MongoDatabase.class);
    List<Document> stored =
        db.getCollection(ChatSchema.CHAT_LOGS)
            .find(Filters.eq("conversationId", conversationId))
            .sort(Sorts.ascending("seq"))
            .into(new ArrayList<>());
    List<String> expected = sent(conversationId);
    assertThat(stored)
        .as("messages stored in %s", conversationId)
        .extracting(d -> d.getString("clientMsgId"))
        .containsExactlyElementsOf(expected);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(((Number) stored.get(i).get("seq")).longValue())
          .as("seq of message %d in %s", i + 1, conversationId)
          .isEqualTo(i + 1);
    }
  }

  /** The device holds every sent message of the conversation once, in send order. */
  public void assertHeld(ChatClient device, String conversationId) {
    List<String> expected = sent(conversationId);
    assertThat(device.contiguousSeq(conversationId))
        .as(
            "contiguous seq held by %s/%s in %s",
            device.userId(), device.deviceId(), conversationId)
        .isEqualTo(expected.size());
    assertThat(device.messages(conversationId).values())
        .as("messages held by %s/%s in %s", device.userId(), device.deviceId(), conversationId)
        .extracting(m -> m.path("clientMsgId").asText())
        .containsExactlyElementsOf(expected);
    assertThat(device.duplicateDeliveries()).isZero();
  }

  /** No chat frame about a conversation outside {@code allowed} reached the device. */
  public static void assertNothingForeign(ChatClient device, Collection<String> allowed) {
    for (JsonNode push : device.pushes()) {
      if (push.path("method").asText().isEmpty()) {
        assertThat(push.path("data").path("conversationId").asText())
            .as("a chat frame pushed to %s/%s", device.userId(), device.deviceId())
            .isIn(allowed);
      }
    }
  }
}
