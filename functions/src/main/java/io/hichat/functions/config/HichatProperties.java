package io.hichat.functions.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * HiChat's configuration, bound from {@code application.properties}, whose placeholders read the
 * {@code HICHAT_*} environment variables (see the README). Validated once at start-up.
 *
 * @param devMode local development: the console code provider returns codes in responses, and a
 *     missing JWT key file is created
 */
@ConfigurationProperties("hichat")
public record HichatProperties(
    boolean devMode, Redis redis, S3 s3, Jwt jwt, Kafka kafka, Mongo mongo) {

  public HichatProperties {
    require(redis != null && notBlank(redis.url()), "hichat.redis.url (HICHAT_REDIS_URL)");
    require(s3 != null && notBlank(s3.bucket()), "hichat.s3.bucket (HICHAT_S3_BUCKET)");
    require(s3 != null && notBlank(s3.region()), "hichat.s3.region (HICHAT_S3_REGION)");
    require(
        jwt != null && (notBlank(jwt.keys()) || notBlank(jwt.keysFile())),
        "hichat.jwt.keys or hichat.jwt.keys-file (HICHAT_JWT_KEYS / HICHAT_JWT_KEYS_FILE)");
    require(kafka != null && notBlank(kafka.bootstrap()), "hichat.kafka.bootstrap");
    require(mongo != null && notBlank(mongo.uri()), "hichat.mongo.uri (HICHAT_MONGO_URI)");
  }

  /**
   * @param url {@code redis://host:port}
   */
  public record Redis(String url) {}

  /**
   * @param endpoint an S3-compatible endpoint; blank means AWS itself
   * @param publicBaseUrl where stored objects are read (CloudFront in AWS); object URLs are this
   *     plus the key
   * @param publicReadAcl upload objects with the public-read ACL (local S3-compatible servers,
   *     which have no CDN in front)
   */
  public record S3(
      String endpoint,
      String region,
      String accessKey,
      String secretKey,
      String bucket,
      String publicBaseUrl,
      boolean publicReadAcl) {

    public String objectUrl(String key) {
      String base = notBlank(publicBaseUrl) ? publicBaseUrl : endpoint + "/" + bucket;
      return (base.endsWith("/") ? base : base + "/") + key;
    }
  }

  /**
   * @param keys the JWK set itself (from a secret), preferred over {@code keysFile}
   * @param keysFile a file holding the JWK set, created in dev mode when missing
   * @param publicBaseUrl where clients reach the API (the API Gateway URL in AWS, the local gateway
   *     here): the OpenID discovery document's {@code jwks_uri} is under it
   */
  public record Jwt(
      String keys,
      String keysFile,
      String issuer,
      String audience,
      Duration lifetime,
      String publicBaseUrl) {}

  /**
   * @param bootstrap the bootstrap servers
   * @param iam authenticate with MSK IAM over TLS ({@link KafkaClients})
   */
  public record Kafka(String bootstrap, boolean iam) {}

  /**
   * @param uri a {@code mongodb://} URI; its path names the database, else {@code database}
   * @param database the database when the URI names none
   */
  public record Mongo(String uri, String database) {}

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("missing configuration: " + what);
    }
  }
}
