package io.hichat.functions.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.user.TokenResult;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and checks HiChat access tokens: ES256 with a {@code kid}, the algorithm pinned, issuer,
 * audience and expiry checked, and the token's version compared with the user's current one so that
 * a password reset or account deletion revokes every token issued before it.
 */
public final class AccessTokens {

  /** The reference system's user-id claim, kept so existing clients can read it. */
  public static final String LEGACY_UID_CLAIM = "hichat2.com";

  /** The token version: a reset password or a deleted account moves it, revoking older tokens. */
  public static final String VERSION_CLAIM = "ver";

  private final SigningKeys keys;
  private final TokenVersionSource versions;
  private final String issuer;
  private final String audience;
  private final Duration lifetime;
  private final Clock clock;
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final ECDSASigner signer;

  public AccessTokens(
      SigningKeys keys,
      TokenVersionSource versions,
      String issuer,
      String audience,
      Duration lifetime,
      Clock clock) {
    this.keys = keys;
    this.versions = versions;
    this.issuer = issuer;
    this.audience = audience;
    this.lifetime = lifetime;
    this.clock = clock;
    try {
      this.signer = new ECDSASigner(keys.signing());
    } catch (JOSEException e) {
      throw new IllegalStateException("unusable signing key", e);
    }
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.ES256, new ImmutableJWKSet<>(keys.publicSet())));
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

  public TokenResult issue(long userId, int version) {
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject(Long.toString(userId))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .claim(LEGACY_UID_CLAIM, Long.toString(userId))
            .claim(VERSION_CLAIM, version)
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(keys.signing().getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
    return new TokenResult(jwt.serialize(), expires.getEpochSecond());
  }

  /**
   * The user id of a valid {@code Authorization: Bearer} header.
   *
   * @throws DomainException 401 when the header is missing, the token is invalid, expired or
   *     revoked
   */
  public long authenticate(String authorizationHeader) {
    String token = bearer(authorizationHeader);
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ExpiredJWTException e) {
      throw new DomainException(ErrorCode.TOKEN_EXPIRED);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new DomainException(ErrorCode.UNAUTHORIZED, "invalid token");
    }
    long userId;
    long version;
    try {
      userId = Long.parseLong(claims.getSubject());
      version = claims.getLongClaim(VERSION_CLAIM);
    } catch (NumberFormatException | ParseException e) {
      throw new DomainException(ErrorCode.UNAUTHORIZED, "invalid token");
    }
    int current = versions.current(userId);
    if (current == TokenVersions.DELETED || current != version) {
      throw new DomainException(ErrorCode.TOKEN_REVOKED);
    }
    return userId;
  }

  private static String bearer(String header) {
    if (header == null || header.isBlank()) {
      throw new DomainException(ErrorCode.UNAUTHORIZED, "missing Authorization: Bearer token");
    }
    String value = header.trim();
    if (value.length() < 8 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new DomainException(ErrorCode.UNAUTHORIZED, "expected Authorization: Bearer token");
    }
    return value.substring(7).trim();
  }
}
