package io.hichat.functions.user.api;

import io.hichat.functions.auth.SigningKeys;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.user.JwkSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** GET /.well-known/jwks.json: the public keys, for API Gateway's JWT authorizer and clients. */
@Component("jwks")
public class JwksEndpoint implements Endpoint<Void, JwkSet> {

  private final JwkSet keys;

  public JwksEndpoint(SigningKeys keys) {
    List<Map<String, Object>> list =
        keys.publicSet().getKeys().stream().map(k -> k.toPublicJWK().toJSONObject()).toList();
    this.keys = new JwkSet(list);
  }

  @Override
  public JwkSet apply(Call<Void> call) {
    return keys;
  }
}
