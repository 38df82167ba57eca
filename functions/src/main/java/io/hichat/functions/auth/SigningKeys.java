package io.hichat.functions.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;

/**
 * The ES256 keys that sign access tokens: the first key of the set signs, every key verifies (so a
 * new key can be added before the old one is retired). In AWS the set comes from Secrets Manager
 * through the environment; locally from a file created on first start.
 */
public final class SigningKeys {

  private final ECKey signing;
  private final JWKSet publicSet;

  private SigningKeys(JWKSet set) {
    List<ECKey> keys =
        set.getKeys().stream().filter(k -> k instanceof ECKey).map(k -> (ECKey) k).toList();
    if (keys.isEmpty() || !keys.get(0).isPrivate() || keys.get(0).getKeyID() == null) {
      throw new IllegalStateException("the JWT key set needs a private EC key with a kid first");
    }
    for (ECKey key : keys) {
      if (!Curve.P_256.equals(key.getCurve())) {
        throw new IllegalStateException("JWT keys must be P-256 (ES256): " + key.getKeyID());
      }
    }
    this.signing = keys.get(0);
    this.publicSet = set.toPublicJWKSet();
  }

  public static SigningKeys parse(String json) {
    try {
      return new SigningKeys(JWKSet.parse(json));
    } catch (ParseException e) {
      throw new IllegalStateException("the JWT key set is not a valid JWK set", e);
    }
  }

  /** Reads the set from {@code file}, creating it with one new key when it does not exist. */
  public static SigningKeys fromFile(Path file, boolean createIfMissing) {
    try {
      if (!Files.exists(file)) {
        if (!createIfMissing) {
          throw new IllegalStateException("JWT key file not found: " + file);
        }
        writeNew(file);
      }
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read JWT key file " + file, e);
    }
  }

  public static String generateSetJson() {
    try {
      ECKey key =
          new ECKeyGenerator(Curve.P_256)
              .keyID(UUID.randomUUID().toString())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .generate();
      return new JWKSet((JWK) key).toString(false);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate a JWT key", e);
    }
  }

  private static void writeNew(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "jwks", ".tmp");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system; the directory's permissions apply
    }
    Files.writeString(tmp, generateSetJson());
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      if (!Files.exists(file)) {
        throw e;
      }
    }
  }

  public ECKey signing() {
    return signing;
  }

  public JWKSet publicSet() {
    return publicSet;
  }
}
