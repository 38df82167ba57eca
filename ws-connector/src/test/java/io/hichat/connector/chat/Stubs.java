package io.hichat.connector.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** In-memory stand-ins for the chat methods' own collaborators. */
final class Stubs {

  private Stubs() {}

  /** Relation sets by key; a set not put here is empty. */
  static class Gate implements RelationGate {
    final Map<String, Set<Long>> sets = new HashMap<>();

    Gate with(RelationSet set, Long... members) {
      sets.put(set.key(), Set.of(members));
      return this;
    }

    @Override
    public CompletionStage<Boolean> contains(RelationSet set, long member) {
      return CompletableFuture.completedFuture(
          sets.getOrDefault(set.key(), Set.of()).contains(member));
    }

    @Override
    public CompletionStage<Set<Long>> members(RelationSet set) {
      return CompletableFuture.completedFuture(sets.getOrDefault(set.key(), Set.of()));
    }
  }

  record Sent(String topic, String key, Object event) {}

  static final class Sink implements EventSink {
    final List<Sent> sent = new ArrayList<>();
    RuntimeException failure;

    @Override
    public CompletionStage<Void> publish(String topic, String key, Object event) {
      if (failure != null) {
        return CompletableFuture.failedFuture(failure);
      }
      sent.add(new Sent(topic, key, event));
      return CompletableFuture.completedFuture(null);
    }
  }

  /** Users online by connector. */
  static final class Online implements Presences {
    final Map<Long, String> connectorOf = new HashMap<>();

    @Override
    public CompletionStage<Map<String, List<Long>>> byConnector(Collection<Long> userIds) {
      Map<String, List<Long>> out = new HashMap<>();
      for (Long user : userIds) {
        String connector = connectorOf.get(user);
        if (connector != null) {
          out.computeIfAbsent(connector, k -> new ArrayList<>()).add(user);
        }
      }
      return CompletableFuture.completedFuture(out);
    }
  }

  record Published(Map<String, List<Long>> byConnector, String method, Object data) {}

  static final class Pushes implements PushPublisher {
    final List<Published> published = new ArrayList<>();

    @Override
    public CompletionStage<Void> publish(
        Map<String, List<Long>> byConnector, String method, Object data) {
      published.add(new Published(byConnector, method, data));
      return CompletableFuture.completedFuture(null);
    }
  }

  static final class Log implements ChatLog {
    final List<String> asked = new ArrayList<>();
    Page page = new Page(List.of(), false);
    long latest;
    OptionalLong removed = OptionalLong.empty();

    @Override
    public CompletionStage<Page> after(
        String conversationId, long afterSeq, long maxSeq, int limit) {
      asked.add(conversationId + " " + afterSeq + " " + maxSeq + " " + limit);
      return CompletableFuture.completedFuture(page);
    }

    @Override
    public CompletionStage<Long> latestSeq(String conversationId) {
      return CompletableFuture.completedFuture(latest);
    }

    @Override
    public CompletionStage<OptionalLong> removedSeq(long userId, String conversationId) {
      return CompletableFuture.completedFuture(removed);
    }
  }

  /** The code of the WsException a stage failed with (or a call threw). */
  static io.hichat.model.api.ErrorCode refusal(
      java.util.function.Supplier<CompletionStage<?>> call) {
    try {
      call.get().toCompletableFuture().join();
    } catch (WsException e) {
      return e.code();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof WsException w) {
        return w.code();
      }
      throw e;
    }
    throw new AssertionError("the call was not refused");
  }
}
