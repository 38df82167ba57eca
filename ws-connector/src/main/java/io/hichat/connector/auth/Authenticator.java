package io.hichat.connector.auth;

import java.util.concurrent.CompletionStage;

/**
 * Checks a handshake's access token. Completes with the user id, or fails with a {@link
 * io.hichat.connector.chat.WsException} (UNAUTHORIZED, TOKEN_EXPIRED, TOKEN_REVOKED) for a token
 * that is no good, or another exception when the check itself could not be made.
 */
public interface Authenticator {

  CompletionStage<Long> authenticate(String token);
}
