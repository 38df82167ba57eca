package io.hichat.functions.http;

import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;

/**
 * Who is calling: the user proven by the access token (0 when the route needs none) and the
 * client's address. Handlers take identity from here, never from the body.
 */
public record Caller(long userId, String sourceIp) {

  public static Caller anonymous(String sourceIp) {
    return new Caller(0, sourceIp);
  }

  public boolean authenticated() {
    return userId > 0;
  }

  public long requireUser() {
    if (!authenticated()) {
      throw new DomainException(ErrorCode.UNAUTHORIZED);
    }
    return userId;
  }
}
