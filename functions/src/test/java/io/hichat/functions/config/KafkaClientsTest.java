package io.hichat.functions.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The one place that says how every HiChat Kafka client connects and authenticates. */
class KafkaClientsTest {

  @Test
  void plain_namesOnlyTheBrokers() {
    assertThat(KafkaClients.common(new HichatProperties.Kafka("127.0.0.1:19092", false)))
        .containsExactly(entry(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:19092"));
  }

  @Test
  void iam_isSaslOverTls_withMsksIamMechanismLoginModuleAndCallbackHandler() {
    Map<String, Object> config =
        KafkaClients.common(new HichatProperties.Kafka("b-1.example:9098", true));
    assertThat(config)
        .containsOnly(
            entry(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "b-1.example:9098"),
            entry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL"),
            entry(SaslConfigs.SASL_MECHANISM, "AWS_MSK_IAM"),
            entry(
                SaslConfigs.SASL_JAAS_CONFIG,
                "software.amazon.msk.auth.iam.IAMLoginModule required;"),
            entry(
                SaslConfigs.SASL_CLIENT_CALLBACK_HANDLER_CLASS,
                "software.amazon.msk.auth.iam.IAMClientCallbackHandler"));
  }

  @Test
  void iam_classesNamedByTheSettings_areOnTheRuntimeClasspath() throws Exception {
    // the settings name them as text; the Lambda artifact must carry them
    Class.forName(KafkaClients.IAM_LOGIN_MODULE);
    Class.forName(KafkaClients.IAM_CALLBACK_HANDLER);
  }

  @Test
  void iam_settings_areAcceptedByTheRealKafkaClient() {
    // Building a producer parses the JAAS line, checks the login module is allowed, logs in and
    // builds the TLS engine, all without a connection. Port 1 refuses at once, so no SASL exchange
    // (and so no credential lookup) can start; instance metadata is off for good measure.
    System.setProperty("aws.disableEc2Metadata", "true");
    Map<String, Object> config =
        KafkaClients.with(
            new HichatProperties.Kafka("127.0.0.1:1", true),
            Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false));
    KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    try {
      assertThat(producer.metrics()).isNotEmpty();
    } finally {
      producer.close(Duration.ZERO);
    }
  }

  @Test
  void with_addsAClientsOwnSettings_toAFreshCopy() {
    HichatProperties.Kafka kafka = new HichatProperties.Kafka("k:1", true);
    Map<String, Object> producer =
        KafkaClients.with(kafka, Map.of(ProducerConfig.ACKS_CONFIG, "all"));
    assertThat(producer)
        .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(SaslConfigs.SASL_MECHANISM, "AWS_MSK_IAM");
    assertThat(KafkaClients.common(kafka)).doesNotContainKey(ProducerConfig.ACKS_CONFIG);
  }

  @Test
  void blankBootstrap_isRefused() {
    assertThatThrownBy(() -> KafkaClients.common(" ", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bootstrap");
  }
}
