package io.hichat.connector.auth;

import java.util.concurrent.CompletionStage;

/**
 * A user's current token version ({@code users.token_version}, cached in Redis), or {@link
 * #DELETED}. Never blocks the caller.
 */
public interface TokenVersions {

  /** The version of a deleted account (the functions' {@code TokenVersions.DELETED}). */
  int DELETED = -1;

  CompletionStage<Integer> current(long userId);
}
