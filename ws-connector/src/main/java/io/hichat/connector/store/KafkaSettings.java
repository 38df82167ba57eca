package io.hichat.connector.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The connector's producer settings: the brokers and, with {@code HICHAT_KAFKA_IAM=true}, SASL over
 * TLS with MSK's IAM mechanism, exactly as the functions' {@code KafkaClients} set them; acks from
 * all replicas, idempotence, and a small linger so concurrent sends leave in one batch.
 */
public final class KafkaSettings {

  static final String IAM_MECHANISM = "AWS_MSK_IAM";
  static final String IAM_LOGIN_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";
  static final String IAM_CALLBACK_HANDLER =
      "software.amazon.msk.auth.iam.IAMClientCallbackHandler";

  private KafkaSettings() {}

  public static Map<String, Object> producer(String bootstrap, boolean iam, String clientId) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    if (iam) {
      config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
      config.put(SaslConfigs.SASL_MECHANISM, IAM_MECHANISM);
      config.put(SaslConfigs.SASL_JAAS_CONFIG, IAM_LOGIN_MODULE + " required;");
      config.put(SaslConfigs.SASL_CLIENT_CALLBACK_HANDLER_CLASS, IAM_CALLBACK_HANDLER);
    }
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    return config;
  }
}
