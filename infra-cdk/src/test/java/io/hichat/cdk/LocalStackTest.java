package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Against LocalStack where Docker exists (skipped, visibly, where it does not): a presigned upload
 * to S3 and a secret read back, as the functions and the deploy script use them.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackTest {

  @Container
  static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"));

  static final StaticCredentialsProvider KEYS =
      StaticCredentialsProvider.create(
          AwsBasicCredentials.create(LOCALSTACK_KEY(), LOCALSTACK_KEY()));

  static String LOCALSTACK_KEY() {
    return "test";
  }

  @Test
  void presignedPut_storesTheObject() throws Exception {
    URI endpoint = LOCALSTACK.getEndpoint();
    Region region = Region.of(LOCALSTACK.getRegion());
    try (S3Client s3 =
            S3Client.builder()
                .endpointOverride(endpoint)
                .region(region)
                .forcePathStyle(true)
                .credentialsProvider(KEYS)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        S3Presigner presigner =
            S3Presigner.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(KEYS)
                .serviceConfiguration(
                    S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build()) {
      s3.createBucket(b -> b.bucket("hichat-media"));
      var url =
          presigner
              .presignPutObject(
                  p ->
                      p.signatureDuration(Duration.ofMinutes(5))
                          .putObjectRequest(o -> o.bucket("hichat-media").key("u/1/a.txt")))
              .url();
      var response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(url.toURI())
                      .PUT(HttpRequest.BodyPublishers.ofString("hello"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(s3.getObjectAsBytes(g -> g.bucket("hichat-media").key("u/1/a.txt")).asUtf8String())
          .isEqualTo("hello");
      s3.putObject(p -> p.bucket("hichat-media").key("b.txt"), RequestBody.fromString("x"));
    }
  }

  @Test
  void secret_isReadBack() {
    try (SecretsManagerClient secrets =
        SecretsManagerClient.builder()
            .endpointOverride(LOCALSTACK.getEndpoint())
            .region(Region.of(LOCALSTACK.getRegion()))
            .credentialsProvider(KEYS)
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      secrets.createSecret(c -> c.name("hichat/local/jwt-keys").secretString("{\"keys\":[]}"));
      assertThat(secrets.getSecretValue(g -> g.secretId("hichat/local/jwt-keys")).secretString())
          .contains("keys");
    }
  }
}
