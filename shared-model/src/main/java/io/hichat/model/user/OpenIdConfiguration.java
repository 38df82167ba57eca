package io.hichat.model.user;

import io.hichat.model.api.Unwrapped;
import java.util.List;

/**
 * The OpenID Connect discovery document ({@code /.well-known/openid-configuration}), served without
 * the envelope: the fields a verifier of HiChat's access tokens needs. API Gateway's JWT authorizer
 * reads it at {@code <issuer>/.well-known/openid-configuration} to find the signing keys. HiChat is
 * no OpenID provider (it has no authorization endpoint); the document only names the issuer and its
 * keys. Component names are the discovery document's field names.
 *
 * @param issuer the {@code iss} of every token
 * @param jwks_uri where the public keys are ({@code /.well-known/jwks.json})
 * @param id_token_signing_alg_values_supported {@code ES256}
 * @param subject_types_supported {@code public}: {@code sub} is the user id
 * @param claims_supported the claims HiChat's tokens carry
 */
public record OpenIdConfiguration(
    String issuer,
    String jwks_uri,
    List<String> id_token_signing_alg_values_supported,
    List<String> subject_types_supported,
    List<String> claims_supported)
    implements Unwrapped {}
