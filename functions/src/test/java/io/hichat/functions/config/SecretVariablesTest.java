package io.hichat.functions.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Secrets named by ARN become HICHAT_* variables, unless the variables are set already. */
class SecretVariablesTest {

  static final String MYSQL_ARN = "arn:aws:secretsmanager:eu-west-1:1:secret:mysql-AbCdEf";
  static final String JWT_ARN = "arn:aws:secretsmanager:eu-west-1:1:secret:hichat/dev/jwt-keys";
  static final String MONGO_ARN = "arn:aws:secretsmanager:eu-west-1:1:secret:mongo-AbCdEf";
  static final String LIVEKIT_ARN = "arn:aws:secretsmanager:eu-west-1:1:secret:livekit-AbCdEf";

  final Map<String, String> env = new HashMap<>();
  final Map<String, String> secrets = new HashMap<>();
  final List<String> reads = new ArrayList<>();
  final AtomicInteger clients = new AtomicInteger();

  /** A stand-in Secrets Manager: counts clients built and secrets read. */
  final Supplier<SecretVariables.Reader> reader =
      () -> {
        clients.incrementAndGet();
        return id -> {
          reads.add(id);
          if (!secrets.containsKey(id)) {
            throw new IllegalArgumentException("ResourceNotFoundException");
          }
          return secrets.get(id);
        };
      };

  Map<String, String> resolve() {
    return SecretVariables.resolve(env::get, reader);
  }

  @Test
  void noArnVariable_readsNothing_andBuildsNoClient() {
    env.put("HICHAT_MYSQL_PASSWORD", "hichat-local");
    assertThat(resolve()).isEmpty();
    assertThat(clients).hasValue(0);
  }

  @Test
  void mysqlSecret_becomesUserAndPassword() {
    env.put("HICHAT_MYSQL_SECRET_ARN", MYSQL_ARN);
    secrets.put(MYSQL_ARN, "{\"username\":\"hichat\",\"password\":\"p@ss\",\"engine\":\"mysql\"}");
    assertThat(resolve())
        .containsOnly(entry("HICHAT_MYSQL_USER", "hichat"), entry("HICHAT_MYSQL_PASSWORD", "p@ss"));
  }

  @Test
  void aSetVariable_winsOverTheSecret_andASecretWhollySetIsNotRead() {
    env.put("HICHAT_JWT_KEYS_SECRET_ARN", JWT_ARN);
    env.put("HICHAT_JWT_KEYS", "{\"keys\":[]}");
    env.put("HICHAT_MYSQL_SECRET_ARN", MYSQL_ARN);
    env.put("HICHAT_MYSQL_USER", "operator");
    secrets.put(MYSQL_ARN, "{\"username\":\"hichat\",\"password\":\"p\"}");

    assertThat(resolve()).containsOnly(entry("HICHAT_MYSQL_PASSWORD", "p"));
    assertThat(reads).containsExactly(MYSQL_ARN);
  }

  @Test
  void blankValues_countAsUnset() {
    env.put("HICHAT_JWT_KEYS_SECRET_ARN", JWT_ARN);
    env.put("HICHAT_JWT_KEYS", " ");
    secrets.put(JWT_ARN, "{\"keys\":[{\"kty\":\"EC\"}]}");
    assertThat(resolve()).containsOnly(entry("HICHAT_JWT_KEYS", "{\"keys\":[{\"kty\":\"EC\"}]}"));

    env.put("HICHAT_JWT_KEYS_SECRET_ARN", "");
    assertThat(resolve()).isEmpty();
  }

  @Test
  void severalSecrets_shareOneClient_andEachIsReadOnce() {
    env.put("HICHAT_MYSQL_SECRET_ARN", MYSQL_ARN);
    env.put("HICHAT_JWT_KEYS_SECRET_ARN", JWT_ARN);
    env.put("HICHAT_LIVEKIT_SECRET_ARN", LIVEKIT_ARN);
    secrets.put(MYSQL_ARN, "{\"username\":\"u\",\"password\":\"p\"}");
    secrets.put(JWT_ARN, "{\"keys\":[]}");
    secrets.put(
        LIVEKIT_ARN, "{\"url\":\"wss://lk.example\",\"apiKey\":\"hichat\",\"apiSecret\":\"s\"}");

    assertThat(resolve())
        .containsOnly(
            entry("HICHAT_MYSQL_USER", "u"),
            entry("HICHAT_MYSQL_PASSWORD", "p"),
            entry("HICHAT_JWT_KEYS", "{\"keys\":[]}"),
            entry("HICHAT_LIVEKIT_URL", "wss://lk.example"),
            entry("HICHAT_LIVEKIT_API_KEY", "hichat"),
            entry("HICHAT_LIVEKIT_API_SECRET", "s"));
    assertThat(clients).hasValue(1);
    assertThat(reads).containsExactlyInAnyOrder(MYSQL_ARN, JWT_ARN, LIVEKIT_ARN);
  }

  @Test
  void mongoSecret_holdingAUri_isTheUri() {
    env.put("HICHAT_MONGO_SECRET_ARN", MONGO_ARN);
    secrets.put(MONGO_ARN, " mongodb+srv://u:p@cluster0.example.net/hichat \n");
    assertThat(resolve())
        .containsOnly(entry("HICHAT_MONGO_URI", "mongodb+srv://u:p@cluster0.example.net/hichat"));
  }

  @Test
  void mongoSecret_withUserAndPassword_isJoinedToTheAddress_encoded() {
    env.put("HICHAT_MONGO_SECRET_ARN", MONGO_ARN);
    env.put("HICHAT_MONGO_ADDRESS", "docdb.example:27017/hichat?tls=true&retryWrites=false");
    secrets.put(MONGO_ARN, "{\"username\":\"hichat\",\"password\":\"a b:c/d@e%\"}");
    assertThat(resolve())
        .containsOnly(
            entry(
                "HICHAT_MONGO_URI",
                "mongodb://hichat:a%20b%3Ac%2Fd%40e%25@docdb.example:27017/hichat?tls=true"
                    + "&retryWrites=false"));
  }

  @Test
  void mongoSecret_withUserAndPassword_butNoAddress_isRefused() {
    env.put("HICHAT_MONGO_SECRET_ARN", MONGO_ARN);
    secrets.put(MONGO_ARN, "{\"username\":\"hichat\",\"password\":\"p\"}");
    assertThatThrownBy(this::resolve).hasMessageContaining("HICHAT_MONGO_ADDRESS");
  }

  @Test
  void malformedSecrets_areRefused_withoutQuotingThem() {
    env.put("HICHAT_MYSQL_SECRET_ARN", MYSQL_ARN);
    secrets.put(MYSQL_ARN, "{\"username\":\"u\",\"password\":\"sekrit\"");
    assertThatThrownBy(this::resolve)
        .hasMessageContaining("HICHAT_MYSQL_SECRET_ARN")
        .hasMessageContaining("not JSON")
        .hasMessageNotContaining("sekrit");

    secrets.put(MYSQL_ARN, "{\"username\":\"u\",\"pass\":\"sekrit\"}");
    assertThatThrownBy(this::resolve)
        .hasMessageContaining("'password'")
        .hasMessageNotContaining("sekrit");
  }

  @Test
  void aSecretThatCannotBeRead_stopsStartUp_namingItsVariable() {
    env.put("HICHAT_JWT_KEYS_SECRET_ARN", JWT_ARN);
    assertThatThrownBy(this::resolve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HICHAT_JWT_KEYS_SECRET_ARN")
        .hasMessageContaining(JWT_ARN);
  }

  @Test
  void everyArnVariable_followsTheNamingTheCdkAppUses() {
    assertThat(SecretVariables.arnVariables())
        .containsExactly(
            "HICHAT_MYSQL_SECRET_ARN",
            "HICHAT_JWT_KEYS_SECRET_ARN",
            "HICHAT_MONGO_SECRET_ARN",
            "HICHAT_LIVEKIT_SECRET_ARN")
        .allMatch(v -> v.matches("HICHAT_[A-Z0-9_]+_SECRET_ARN"));
  }
}
