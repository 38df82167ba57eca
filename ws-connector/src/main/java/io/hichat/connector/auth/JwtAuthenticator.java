package io.hichat.connector.auth;

import io.hichat.connector.chat.WsException;
import io.hichat.model.api.ErrorCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The handshake's token check, as the functions' {@code AccessTokens.authenticate}: a valid
 * signature and claims, then the token's version compared with the user's current one, so a
 * password reset or a deleted account revokes the token here too.
 */
public final class JwtAuthenticator implements Authenticator {

  private final TokenVerifier verifier;
  private final TokenVersions versions;

  public JwtAuthenticator(TokenVerifier verifier, TokenVersions versions) {
    this.verifier = verifier;
    this.versions = versions;
  }

  @Override
  public CompletionStage<Long> authenticate(String token) {
    TokenVerifier.Claims claims;
    try {
      claims = verifier.verify(token);
    } catch (WsException e) {
      return CompletableFuture.failedFuture(e);
    }
    return versions
        .current(claims.userId())
        .thenApply(
            current -> {
              if (current == TokenVersions.DELETED || current != claims.version()) {
                throw new WsException(ErrorCode.TOKEN_REVOKED);
              }
              return claims.userId();
            });
  }
}
