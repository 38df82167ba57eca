package io.hichat.connector.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.hichat.connector.chat.WsException;
import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.auth.SigningKeys;
import io.hichat.model.api.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The connector accepts exactly the tokens the functions issue, and refuses what they refuse. */
class TokenVerifierTest {

  static final SigningKeys KEYS = SigningKeys.parse(SigningKeys.generateSetJson());
  static final Clock NOW = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  static final AccessTokens ISSUER =
      new AccessTokens(KEYS, id -> 0, "hichat", "hichat-api", Duration.ofDays(7), NOW);

  final TokenVerifier verifier = new TokenVerifier(KEYS.publicSet(), "hichat", "hichat-api", NOW);

  static ErrorCode refusal(Runnable check) {
    try {
      check.run();
    } catch (WsException e) {
      return e.code();
    }
    throw new AssertionError("accepted");
  }

  static String signed(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(KEYS.signing().getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(new ECDSASigner(KEYS.signing()));
    return jwt.serialize();
  }

  static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer("hichat")
        .audience("hichat-api")
        .subject("42")
        .issueTime(Date.from(NOW.instant()))
        .expirationTime(Date.from(NOW.instant().plusSeconds(60)))
        .claim(TokenVerifier.VERSION_CLAIM, 3);
  }

  @Test
  void tokenIssuedByTheFunctions_isAccepted() {
    String token = ISSUER.issue(42, 3).token();

    assertThat(verifier.verify(token)).isEqualTo(new TokenVerifier.Claims(42, 3));
  }

  @Test
  void expiredToken_isTokenExpired() {
    String token = ISSUER.issue(42, 3).token();
    TokenVerifier later =
        new TokenVerifier(
            KEYS.publicSet(), "hichat", "hichat-api", Clock.offset(NOW, Duration.ofDays(8)));

    assertThat(refusal(() -> later.verify(token))).isEqualTo(ErrorCode.TOKEN_EXPIRED);
  }

  @Test
  void tamperedOtherIssuerAudienceOrAlgorithm_isUnauthorized() throws Exception {
    String token = ISSUER.issue(42, 3).token();
    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    String otherIssuer = signed(claims().issuer("evil").build());
    String otherAudience = signed(claims().audience("other").build());
    SignedJWT hs256 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
    hs256.sign(new MACSigner("0123456789abcdef0123456789abcdef"));
    String noVersion =
        signed(new JWTClaimsSet.Builder(claims().build()).claim("ver", null).build());

    for (String bad :
        new String[] {tampered, otherIssuer, otherAudience, hs256.serialize(), noVersion, "x"}) {
      assertThat(refusal(() -> verifier.verify(bad))).as(bad).isEqualTo(ErrorCode.UNAUTHORIZED);
    }
    assertThat(refusal(() -> verifier.verify(null))).isEqualTo(ErrorCode.UNAUTHORIZED);
  }

  @Test
  void authenticator_acceptsTheCurrentVersion_andRevokesOthersAndDeletedAccounts() {
    String token = ISSUER.issue(42, 3).token();
    Map<Long, Integer> versions = new java.util.HashMap<>(Map.of(42L, 3));
    JwtAuthenticator auth =
        new JwtAuthenticator(verifier, id -> CompletableFuture.completedFuture(versions.get(id)));

    assertThat(auth.authenticate(token).toCompletableFuture().join()).isEqualTo(42L);
    versions.put(42L, 4);
    assertThatThrownBy(() -> auth.authenticate(token).toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(WsException.class)
        .cause()
        .hasMessage(ErrorCode.TOKEN_REVOKED.message());
    versions.put(42L, TokenVersions.DELETED);
    assertThatThrownBy(() -> auth.authenticate(token).toCompletableFuture().join())
        .hasCauseInstanceOf(WsException.class);
  }
}
