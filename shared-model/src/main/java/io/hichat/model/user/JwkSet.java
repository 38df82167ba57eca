package io.hichat.model.user;

import io.hichat.model.api.Unwrapped;
import java.util.List;
import java.util.Map;

/** The public signing keys, in RFC 7517 JSON Web Key Set form, served without the envelope. */
public record JwkSet(List<Map<String, Object>> keys) implements Unwrapped {}
