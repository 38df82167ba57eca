package io.hichat.functions.im;

import static io.hichat.functions.im.ChatSteps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.local.LocalKafkaTrigger;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.route.ConsumerCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * {@code chatPersist} with several members in its consumer group, as Lambda runs one invocation per
 * partition and {@code HICHAT_TRIGGER_WORKERS} lets the local trigger do: two more workers join the
 * stack's one while conversations are sending, and leave again halfway, so partitions move between
 * workers mid-stream. Every conversation still ends with each message stored once, gap-free, in the
 * order it was sent.
 */
class ChatPersistWorkersIT {

  static final int PAIRS = 12;
  static final int MESSAGES = 40;
  static final Duration JOIN_WAIT = Duration.ofSeconds(90);

  @Test
  void partitionsMovingBetweenWorkers_loseNothing_duplicateNothing_keepEachConversationsOrder()
      throws Exception {
    List<TestUser[]> pairs = new ArrayList<>();
    for (int p = 0; p < PAIRS; p++) {
      TestUser a = user("wa" + p);
      TestUser b = user("wb" + p);
      befriend(a, b);
      pairs.add(new TestUser[] {a, b});
    }
    ConsumerCatalog.Consumer chat = ConsumerCatalog.get().consumer("chatPersist").orElseThrow();
    LocalKafkaTrigger extra =
        LocalKafkaTrigger.start(
            STACK.context(), STACK.bean(HichatProperties.class).kafka(), List.of(chat), 2);
    try {
      for (int i = 1; i <= MESSAGES; i++) {
        for (TestUser[] pair : pairs) {
          send(single(pair[0], pair[1], "w" + i, "message " + i));
        }
        if (i == MESSAGES / 2) {
          // three members now share the six partitions: the extra workers have handled some.
          // Joining may wait out the session of a member an earlier run left behind.
          await().atMost(JOIN_WAIT).until(() -> extra.batches() > 0);
          extra.close();
        }
        Thread.sleep(20);
      }
    } finally {
      extra.close();
    }

    for (TestUser[] pair : pairs) {
      String conv = ConversationIds.single(pair[0].id(), pair[1].id());
      awaitSeq(conv, MESSAGES);
      List<Document> logs = logs(conv);
      assertThat(logs)
          .as("every message of %s once, gap-free", conv)
          .extracting(d -> number(d, "seq"))
          .containsExactlyElementsOf(LongStream.rangeClosed(1, MESSAGES).boxed().toList());
      assertThat(logs)
          .as("in the order it was sent")
          .extracting(d -> d.getString("clientMsgId"))
          .containsExactlyElementsOf(
              LongStream.rangeClosed(1, MESSAGES).mapToObj(i -> "w" + i).toList());
    }
  }
}
