package io.hichat.connector.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.auth.TokenVerifier;
import io.hichat.connector.auth.TokenVersions;
import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.common.RedisKeys;
import io.hichat.functions.config.KafkaClients;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The few names the connector shares with the functions without a shared-model contract (the token
 * version cache, the version claim, the MSK IAM settings) are the functions' own.
 */
class SharedKeysTest {

  @Test
  void tokenVersionCache_isTheFunctions() {
    assertThat(RedisTokenVersions.key(42)).isEqualTo(RedisKeys.tokenVersion(42));
    assertThat(RedisTokenVersions.TTL).isEqualTo(RedisKeys.TOKEN_VERSION_TTL);
    assertThat(TokenVersions.DELETED).isEqualTo(io.hichat.functions.auth.TokenVersions.DELETED);
    assertThat(TokenVerifier.VERSION_CLAIM).isEqualTo(AccessTokens.VERSION_CLAIM);
  }

  @Test
  void kafkaConnectionSettings_areTheFunctions_withAndWithoutIam() {
    for (boolean iam : new boolean[] {false, true}) {
      Map<String, Object> functions = KafkaClients.common("b:9092", iam);
      Map<String, Object> connector = KafkaSettings.producer("b:9092", iam, "c");

      assertThat(connector).containsAllEntriesOf(functions);
    }
  }
}
