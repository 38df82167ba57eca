package io.hichat.connector.chat;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The relation caches that decide who may write to whom. A set that is not loaded is loaded from
 * MySQL first; the answer is never "unknown".
 */
public interface RelationGate {

  CompletionStage<Boolean> contains(RelationSet set, long member);

  /** Whether {@code member} is in each of two sets; a store may answer both in one round trip. */
  default CompletionStage<Both> containsEach(RelationSet first, RelationSet second, long member) {
    return contains(first, member).thenCombine(contains(second, member), Both::new);
  }

  /** The answers of {@link #containsEach}, in the order of its sets. */
  record Both(boolean first, boolean second) {}

  CompletionStage<Set<Long>> members(RelationSet set);
}
