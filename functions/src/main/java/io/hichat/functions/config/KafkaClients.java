package io.hichat.functions.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The settings every HiChat Kafka client shares (the producer, the provisioning {@code Admin}, the
 * local trigger's consumers): where the brokers are and how to authenticate. A client adds its own
 * settings to a copy of {@link #common}.
 *
 * <p>With {@code hichat.kafka.iam} ({@code HICHAT_KAFKA_IAM=true}, which the CDK app sets for every
 * function) the clients speak SASL over TLS with the {@code AWS_MSK_IAM} mechanism of {@code
 * aws-msk-iam-auth}: each connection is signed with the process's AWS credentials (a Lambda's
 * role), and MSK authorizes every request against that role's {@code kafka-cluster:*} statements.
 * MSK Serverless accepts nothing else. Without it (the local brokers), plain text.
 */
public final class KafkaClients {

  /** The SASL mechanism of MSK's IAM access control. */
  public static final String IAM_MECHANISM = "AWS_MSK_IAM";

  static final String IAM_LOGIN_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";
  static final String IAM_CALLBACK_HANDLER =
      "software.amazon.msk.auth.iam.IAMClientCallbackHandler";

  private KafkaClients() {}

  /** The shared settings of the configured cluster. */
  public static Map<String, Object> common(HichatProperties.Kafka kafka) {
    return common(kafka.bootstrap(), kafka.iam());
  }

  /**
   * @param bootstrap the bootstrap servers ({@code host:port,...})
   * @param iam authenticate with MSK IAM over TLS
   * @return a new, mutable map
   */
  public static Map<String, Object> common(String bootstrap, boolean iam) {
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new IllegalArgumentException("Kafka bootstrap servers are not configured");
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    if (iam) {
      config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
      config.put(SaslConfigs.SASL_MECHANISM, IAM_MECHANISM);
      config.put(SaslConfigs.SASL_JAAS_CONFIG, IAM_LOGIN_MODULE + " required;");
      config.put(SaslConfigs.SASL_CLIENT_CALLBACK_HANDLER_CLASS, IAM_CALLBACK_HANDLER);
    }
    return config;
  }

  /** {@link #common} plus {@code extra}, in a new map. */
  public static Map<String, Object> with(
      HichatProperties.Kafka kafka, Map<String, ? extends Object> extra) {
    Map<String, Object> config = common(kafka);
    config.putAll(extra);
    return config;
  }
}
