package io.hichat.functions.user.api;

import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.user.OpenIdConfiguration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * GET /.well-known/openid-configuration: the OpenID discovery document. API Gateway's JWT
 * authorizer reads it at {@code <issuer>/.well-known/openid-configuration} and fetches the keys
 * from its {@code jwks_uri}; in AWS the issuer and the public base URL are both the HTTP API's URL,
 * so both documents are HiChat's own routes.
 */
@Component("openidConfiguration")
public class OpenIdConfigurationEndpoint implements Endpoint<Void, OpenIdConfiguration> {

  static final String JWKS_PATH = "/.well-known/jwks.json";

  private final OpenIdConfiguration document;

  public OpenIdConfigurationEndpoint(HichatProperties props) {
    HichatProperties.Jwt jwt = props.jwt();
    String base = jwt.publicBaseUrl();
    if (base == null || base.isBlank()) {
      throw new IllegalStateException("missing configuration: hichat.jwt.public-base-url");
    }
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.document =
        new OpenIdConfiguration(
            jwt.issuer(),
            base + JWKS_PATH,
            List.of("ES256"),
            List.of("public"),
            List.of(
                "iss",
                "aud",
                "sub",
                "iat",
                "exp",
                "jti",
                AccessTokens.VERSION_CLAIM,
                AccessTokens.LEGACY_UID_CLAIM));
  }

  @Override
  public OpenIdConfiguration apply(Call<Void> call) {
    return document;
  }
}
