package io.hichat.functions.config;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Kafka producer every function shares: idempotent, acks from all replicas, small linger; its
 * connection and authentication settings are {@link KafkaClients#common}.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

  @Bean(destroyMethod = "close")
  Producer<String, byte[]> kafkaProducer(HichatProperties props) {
    return new KafkaProducer<>(
        KafkaClients.with(
            props.kafka(),
            Map.of(
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                2,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                15000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                10000)),
        new StringSerializer(),
        new ByteArraySerializer());
  }
}
