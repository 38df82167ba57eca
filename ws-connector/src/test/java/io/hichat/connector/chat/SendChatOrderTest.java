package io.hichat.connector.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.event.ChatEvent;
import io.hichat.model.im.ChatBody;
import io.hichat.model.im.ChatSend;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class SendChatOrderTest {

  static final long ME = 10;
  static final long FRIEND = 20;

  /** A gate whose answers the test releases, in any order it likes. */
  static final class SlowGate implements RelationGate {
    final List<CompletableFuture<Boolean>> friendAnswers = new ArrayList<>();

    @Override
    public CompletionStage<Boolean> contains(RelationSet set, long member) {
      if (set.key().startsWith("blk:")) {
        return CompletableFuture.completedFuture(false);
      }
      CompletableFuture<Boolean> answer = new CompletableFuture<>();
      friendAnswers.add(answer);
      return answer;
    }

    @Override
    public CompletionStage<Set<Long>> members(RelationSet set) {
      return CompletableFuture.completedFuture(Set.of());
    }
  }

  final SlowGate gate = new SlowGate();
  final Stubs.Sink sink = new Stubs.Sink();
  final SendChat send = new SendChat(new Access(gate), sink, Clock.systemUTC());

  CompletableFuture<?> send(String clientMsgId) {
    return send.send(
            ME,
            "f-" + clientMsgId,
            new ChatSend(
                null,
                1,
                null,
                Long.toString(FRIEND),
                clientMsgId,
                null,
                new ChatBody(1, "text " + clientMsgId, null, null, null, null)))
        .toCompletableFuture();
  }

  List<String> produced() {
    return sink.sent.stream().map(s -> ((ChatEvent) s.event()).clientMsgId()).toList();
  }

  @Test
  void gateAnswersArrivingInReverse_stillProduceTheMessagesInTheOrderSent() {
    List<CompletableFuture<?>> acks = List.of(send("m1"), send("m2"), send("m3"));

    gate.friendAnswers.get(2).complete(true);
    gate.friendAnswers.get(1).complete(true);
    assertThat(produced()).as("nothing overtakes m1 while its gate is pending").isEmpty();
    gate.friendAnswers.get(0).complete(true);

    assertThat(produced()).containsExactly("m1", "m2", "m3");
    acks.forEach(CompletableFuture::join);
    assertThat(send.waiting()).isZero();
  }

  @Test
  void aRefusedMessage_doesNotHoldBackTheOnesAfterIt() {
    CompletableFuture<?> first = send("m1");
    CompletableFuture<?> second = send("m2");

    gate.friendAnswers.get(1).complete(true);
    gate.friendAnswers.get(0).complete(false);

    assertThat(first).isCompletedExceptionally();
    assertThat(produced()).containsExactly("m2");
    second.join();
    assertThat(send.waiting()).isZero();
  }
}
