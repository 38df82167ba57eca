package io.hichat.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorConfigTest {

  static String keys() throws Exception {
    ECKey key =
        new ECKeyGenerator(Curve.P_256).keyID("k1").algorithm(JWSAlgorithm.ES256).generate();
    return new JWKSet(key).toString(false);
  }

  static Map<String, String> env(String... pairs) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("HICHAT_JWT_KEYS", keys());
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void defaults_areThoseOfTheLocalStack_andOnlyPublicKeysAreKept() throws Exception {
    ConnectorConfig config = ConnectorConfig.fromEnv(env());

    assertThat(config.bind()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8081);
    assertThat(config.connectorId()).startsWith("ws-").endsWith("-8081");
    assertThat(config.redisUrl()).isEqualTo("redis://127.0.0.1:16379");
    assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:19092");
    assertThat(config.kafkaIam()).isFalse();
    assertThat(config.jwtIssuer()).isEqualTo("hichat");
    assertThat(config.jwtAudience()).isEqualTo("hichat-api");
    assertThat(config.mongoDatabaseName()).isEqualTo("hichat");
    assertThat(config.jwtKeys().getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    assertThat(config.tuning().nativeTransport()).isTrue();
  }

  @Test
  void variables_overrideTheDefaults() throws Exception {
    ConnectorConfig config =
        ConnectorConfig.fromEnv(
            env(
                "HICHAT_CONNECTOR_PORT", "8083",
                "HICHAT_CONNECTOR_ID", "ws-3",
                "HICHAT_KAFKA_IAM", "true",
                "HICHAT_CONNECTOR_TRANSPORT", "nio",
                "HICHAT_MONGO_URI", "mongodb://h:1/chatdb?retryWrites=false"));

    assertThat(config.port()).isEqualTo(8083);
    assertThat(config.connectorId()).isEqualTo("ws-3");
    assertThat(config.kafkaIam()).isTrue();
    assertThat(config.mongoDatabaseName()).isEqualTo("chatdb");
    assertThat(config.tuning().nativeTransport()).isFalse();
  }

  @Test
  void mongoAddressWithInjectedCredentials_makesTheUri_withTheCredentialsEncoded() {
    assertThat(
            ConnectorConfig.mongoUri(
                Map.of(
                    "HICHAT_MONGO_ADDRESS", "docdb:27017/hichat?tls=true",
                    "HICHAT_MONGO_USER", "hichat",
                    "HICHAT_MONGO_PASSWORD", "p@ss word/1")))
        .isEqualTo("mongodb://hichat:p%40ss%20word%2F1@docdb:27017/hichat?tls=true");
    assertThat(
            ConnectorConfig.mongoUri(
                Map.of("HICHAT_MONGO_URI", "mongodb://a:1/x", "HICHAT_MONGO_ADDRESS", "b:2/y")))
        .as("an explicit URI wins")
        .isEqualTo("mongodb://a:1/x");
    assertThatThrownBy(() -> ConnectorConfig.mongoUri(Map.of("HICHAT_MONGO_ADDRESS", "b:2/y")))
        .hasMessageContaining("HICHAT_MONGO_USER");
  }

  @Test
  void keyFile_isReadWhenNoKeysAreSet(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jwks.json");
    Files.writeString(file, keys());
    Map<String, String> env = Map.of("HICHAT_JWT_KEYS_FILE", file.toString());

    assertThat(ConnectorConfig.fromEnv(env).jwtKeys().getKeyByKeyId("k1")).isNotNull();
  }

  @Test
  void badValues_stopTheStartNamingTheVariable(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> ConnectorConfig.fromEnv(env("HICHAT_CONNECTOR_PORT", "eighty")))
        .hasMessageContaining("HICHAT_CONNECTOR_PORT");
    assertThatThrownBy(() -> ConnectorConfig.fromEnv(env("HICHAT_CONNECTOR_PORT", "70000")))
        .hasMessageContaining("HICHAT_CONNECTOR_PORT");
    assertThatThrownBy(() -> ConnectorConfig.fromEnv(env("HICHAT_CONNECTOR_ID", "ws 1")))
        .hasMessageContaining("HICHAT_CONNECTOR_ID");
    assertThatThrownBy(() -> ConnectorConfig.fromEnv(env("HICHAT_REDIS_URL", " ")))
        .hasMessageContaining("HICHAT_REDIS_URL");
    assertThatThrownBy(() -> ConnectorConfig.fromEnv(env("HICHAT_CONNECTOR_TRANSPORT", "kqueue")))
        .hasMessageContaining("HICHAT_CONNECTOR_TRANSPORT");
    assertThatThrownBy(
            () -> ConnectorConfig.fromEnv(Map.of("HICHAT_JWT_KEYS_FILE", dir + "/missing.json")))
        .hasMessageContaining("HICHAT_JWT_KEYS_FILE");
    assertThatThrownBy(() -> ConnectorConfig.fromEnv(Map.of("HICHAT_JWT_KEYS", "{")))
        .hasMessageContaining("HICHAT_JWT_KEYS");
  }

  @Test
  void nonEs256Keys_areRefused() throws Exception {
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("r1").generate();
    Map<String, String> env = Map.of("HICHAT_JWT_KEYS", new JWKSet(rsa).toString(false));

    assertThatThrownBy(() -> ConnectorConfig.fromEnv(env)).hasMessageContaining("P-256");
  }
}
