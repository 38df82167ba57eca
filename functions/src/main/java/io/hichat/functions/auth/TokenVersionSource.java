package io.hichat.functions.auth;

/** Where {@link AccessTokens} learns a user's current token version. */
@FunctionalInterface
public interface TokenVersionSource {

  /** The version tokens must carry to be valid, or {@link TokenVersions#DELETED}. */
  int current(long userId);
}
