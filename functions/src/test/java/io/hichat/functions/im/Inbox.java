package io.hichat.functions.im;

import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.support.Online;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The pushes one connector receives for the users connected to it, parsed: a test's stand-in for a
 * device. Finds pushes by what they say, keeping the ones it passes over.
 */
final class Inbox implements AutoCloseable {

  private final Online online = new Online();
  private final List<JsonNode> received = new ArrayList<>();

  Inbox(long... users) {
    for (long user : users) {
      online.connect(user);
    }
  }

  /** The first push that matches, waiting up to {@link ChatSteps#WAIT} for it. */
  JsonNode await(Predicate<JsonNode> match) throws InterruptedException {
    long deadline = System.currentTimeMillis() + ChatSteps.WAIT.toMillis();
    int from = 0;
    while (true) {
      for (int i = from; i < received.size(); i++) {
        if (match.test(received.get(i))) {
          return received.remove(i);
        }
      }
      from = received.size();
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new AssertionError("no matching push; received " + received);
      }
      String next = online.next(Duration.ofMillis(Math.min(left, 500)));
      if (next != null) {
        received.add(JsonCodec.strict().readTree(next));
      }
    }
  }

  /** Whether a matching push arrives within {@code quiet}. */
  boolean gets(Predicate<JsonNode> match, Duration quiet) throws InterruptedException {
    long deadline = System.currentTimeMillis() + quiet.toMillis();
    while (System.currentTimeMillis() < deadline) {
      if (received.stream().anyMatch(match)) {
        return true;
      }
      String next = online.next(Duration.ofMillis(100));
      if (next != null) {
        received.add(JsonCodec.strict().readTree(next));
      }
    }
    return received.stream().anyMatch(match);
  }

  /** A chat frame ({@code method ""}) of this content type about this client message id. */
  static Predicate<JsonNode> chat(int contentType, String clientMsgId) {
    return p ->
        p.path("method").asText().isEmpty()
            && p.path("data").path("contentType").asInt() == contentType
            && (clientMsgId == null
                || clientMsgId.equals(p.path("data").path("clientMsgId").asText()));
  }

  static Predicate<JsonNode> method(String method) {
    return p -> method.equals(p.path("method").asText());
  }

  @Override
  public void close() {
    online.close();
  }
}
