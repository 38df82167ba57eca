package io.hichat.connector.chat;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The relation caches that decide who may write to whom. A set that is not loaded is loaded from
 * MySQL first; the answer is never "unknown".
 */
public interface RelationGate {

  CompletionStage<Boolean> contains(RelationSet set, long member);

  CompletionStage<Set<Long>> members(RelationSet set);
}
