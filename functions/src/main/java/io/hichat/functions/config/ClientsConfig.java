package io.hichat.functions.config;

import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.auth.SigningKeys;
import io.hichat.functions.auth.TokenVersions;
import io.hichat.functions.http.HttpEntry;
import io.hichat.functions.user.store.UserStore;
import io.hichat.model.route.RouteCatalog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.tika.Tika;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The clients every function shares, built once per process (and so once per Lambda sandbox, before
 * a SnapStart snapshot) and injected.
 */
@Configuration(proxyBeanMethods = false)
public class ClientsConfig {

  /**
   * Connects on first use, not when built: a SnapStart snapshot then holds no Redis socket (which
   * would be dead after restore), and functions that never touch Redis (the key set, the discovery
   * document) start without it.
   */
  @Bean(destroyMethod = "shutdown")
  RedissonClient redisson(HichatProperties props) {
    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    // EVALSHA instead of EVAL: the relation gate runs a script per send; without the cache the
    // whole script text is encoded and sent, and parsed by Redis, every time
    config.setUseScriptCache(true);
    config.setLazyInitialization(true);
    config
        .useSingleServer()
        .setAddress(props.redis().url())
        .setConnectionMinimumIdleSize(1)
        .setConnectionPoolSize(32)
        .setSubscriptionConnectionMinimumIdleSize(0)
        .setConnectTimeout(3000)
        .setTimeout(3000);
    return Redisson.create(config);
  }

  @Bean(destroyMethod = "close")
  S3Client s3(HichatProperties props) {
    HichatProperties.S3 s3 = props.s3();
    var builder =
        S3Client.builder()
            .region(Region.of(s3.region()))
            .credentialsProvider(credentials(s3))
            .httpClient(UrlConnectionHttpClient.create());
    if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
      builder.endpointOverride(URI.create(s3.endpoint())).forcePathStyle(true);
    }
    return builder.build();
  }

  @Bean(destroyMethod = "close")
  S3Presigner s3Presigner(HichatProperties props) {
    HichatProperties.S3 s3 = props.s3();
    var builder =
        S3Presigner.builder().region(Region.of(s3.region())).credentialsProvider(credentials(s3));
    if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
      builder
          .endpointOverride(URI.create(s3.endpoint()))
          .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
    }
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(HichatProperties.S3 s3) {
    if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  @Bean
  SigningKeys signingKeys(HichatProperties props) {
    HichatProperties.Jwt jwt = props.jwt();
    if (jwt.keys() != null && !jwt.keys().isBlank()) {
      return SigningKeys.parse(jwt.keys());
    }
    return SigningKeys.fromFile(Path.of(jwt.keysFile()), props.devMode());
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  TokenVersions tokenVersions(RedissonClient redis, UserStore users) {
    return new TokenVersions(redis, users::tokenVersion);
  }

  @Bean
  AccessTokens accessTokens(
      SigningKeys keys, TokenVersions versions, HichatProperties props, Clock clock) {
    HichatProperties.Jwt jwt = props.jwt();
    return new AccessTokens(keys, versions, jwt.issuer(), jwt.audience(), jwt.lifetime(), clock);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder(10);
  }

  @Bean
  Tika tika() {
    return new Tika();
  }

  @Bean
  HttpEntry httpEntry(
      BeanFactory beans,
      AccessTokens tokens,
      @Value("${spring.cloud.function.definition:}") String definition) {
    return new HttpEntry(RouteCatalog.get(), beans, tokens, definition);
  }
}
