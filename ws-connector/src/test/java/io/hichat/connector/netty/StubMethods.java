package io.hichat.connector.netty;

import io.hichat.connector.chat.Methods;
import io.hichat.connector.frame.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Methods that record their calls and answer as the test says. */
final class StubMethods implements Methods {

  record Invocation(long userId, String frameId, Call call) {}

  final List<Invocation> calls = new ArrayList<>();
  Function<Invocation, CompletionStage<?>> answer = i -> CompletableFuture.completedFuture(null);

  @Override
  public CompletionStage<?> call(long userId, String frameId, Call call) {
    Invocation invocation = new Invocation(userId, frameId, call);
    calls.add(invocation);
    return answer.apply(invocation);
  }
}
