package io.hichat.connector.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import io.hichat.connector.chat.WsException;
import io.hichat.model.api.ErrorCode;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * Verifies an access token's signature and claims exactly as the functions do: ES256 only, the key
 * chosen by {@code kid} from the public key set, {@code typ} JWT, issuer, audience and expiry
 * checked, and {@code sub}, {@code exp}, {@code iat} and the version claim required. CPU only: no
 * I/O.
 */
public final class TokenVerifier {

  /** The claim holding the token's version (the functions' {@code AccessTokens.VERSION_CLAIM}). */
  public static final String VERSION_CLAIM = "ver";

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  /** The user and the token version a valid token names. */
  public record Claims(long userId, long version) {}

  public TokenVerifier(JWKSet publicKeys, String issuer, String audience, Clock clock) {
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.ES256, new ImmutableJWKSet<>(publicKeys.toPublicJWKSet())));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "exp", "iat", VERSION_CLAIM)) {
          @Override
          protected Date currentTime() {
            return Date.from(clock.instant());
          }
        });
  }

  /**
   * @throws WsException UNAUTHORIZED (missing or invalid) or TOKEN_EXPIRED
   */
  public Claims verify(String token) {
    if (token == null || token.isBlank()) {
      throw new WsException(ErrorCode.UNAUTHORIZED, "missing token");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ExpiredJWTException e) {
      throw new WsException(ErrorCode.TOKEN_EXPIRED);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new WsException(ErrorCode.UNAUTHORIZED, "invalid token");
    }
    try {
      Long version = claims.getLongClaim(VERSION_CLAIM);
      long userId = Long.parseLong(claims.getSubject());
      if (version == null || userId <= 0) {
        throw new WsException(ErrorCode.UNAUTHORIZED, "invalid token");
      }
      return new Claims(userId, version);
    } catch (NumberFormatException | ParseException e) {
      throw new WsException(ErrorCode.UNAUTHORIZED, "invalid token");
    }
  }
}
