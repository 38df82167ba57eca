package io.hichat.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** What the tests hand a deployed route function: its signing key and API Gateway's events. */
final class LambdaEvents {

  static final ObjectMapper JSON = new ObjectMapper();

  private LambdaEvents() {}

  /** A GET as API Gateway's HTTP API sends it to Lambda (payload format 2.0). */
  static String httpGet(String path) {
    ObjectNode event = JSON.createObjectNode();
    event.put("version", "2.0");
    event.put("routeKey", "GET " + path);
    event.put("rawPath", path);
    event.put("rawQueryString", "");
    event.putObject("headers").put("host", "api.example").put("user-agent", "hichat-test");
    ObjectNode context = event.putObject("requestContext");
    context
        .put("apiId", "local")
        .put("requestId", "r-" + System.nanoTime())
        .put("stage", "$default");
    context
        .putObject("http")
        .put("method", "GET")
        .put("path", path)
        .put("protocol", "HTTP/1.1")
        .put("sourceIp", "203.0.113.7");
    event.put("isBase64Encoded", false);
    return write(event);
  }

  /** A JWK set with one new ES256 (P-256) private key, made with the JDK alone. */
  static String jwkSet(String kid) {
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      pair = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    ECPublicKey pub = (ECPublicKey) pair.getPublic();
    ECPrivateKey priv = (ECPrivateKey) pair.getPrivate();
    ObjectNode key = JSON.createObjectNode();
    key.put("kty", "EC")
        .put("crv", "P-256")
        .put("kid", kid)
        .put("use", "sig")
        .put("alg", "ES256")
        .put("x", coordinate(pub.getW().getAffineX()))
        .put("y", coordinate(pub.getW().getAffineY()))
        .put("d", coordinate(priv.getS()));
    ObjectNode set = JSON.createObjectNode();
    set.putArray("keys").add(key);
    return write(set);
  }

  /** A P-256 field element: 32 bytes big-endian, base64url without padding (RFC 7518 §6.2.1). */
  static String coordinate(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] fixed = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
  }

  private static String write(Object node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
