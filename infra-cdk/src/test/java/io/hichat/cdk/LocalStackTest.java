package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hichat.cdk.constructs.LambdaArtifact;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Against LocalStack where Docker exists (skipped, visibly, where it does not): a presigned upload
 * to S3, a secret read back, and the route handler deployed from the real Lambda artifact and
 * invoked with an API Gateway event, as the functions, the deploy script and the CDK app use them.
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

  /**
   * The artifact the CDK app deploys, as one route function: the REST handler, the function
   * definition and a signing key in the environment, nothing else (the key set needs no engine;
   * Redis connects on first use). Invoked with an HTTP API (2.0) event, it answers in API Gateway's
   * response shape, and it serves only its own route.
   */
  @Test
  void routeHandler_fromTheArtifact_answersAnApiGatewayEvent() throws Exception {
    Path zip = Path.of(System.getProperty("hichat.lambda.artifact", "missing"));
    assumeTrue(
        Files.isRegularFile(zip), "no Lambda artifact at " + zip + " (functions not packaged)");
    String kid = "localstack-" + System.nanoTime();
    URI endpoint = LOCALSTACK.getEndpoint();
    Region region = Region.of(LOCALSTACK.getRegion());
    // the first invocation starts a runtime container (and may pull its image): allow minutes
    var http = UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(5));
    try (S3Client s3 =
            S3Client.builder()
                .endpointOverride(endpoint)
                .region(region)
                .forcePathStyle(true)
                .credentialsProvider(KEYS)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        LambdaClient lambda =
            LambdaClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(KEYS)
                .httpClient(http.build())
                .build()) {
      // larger than a direct upload may be: through S3, as CDK's assets go
      s3.createBucket(b -> b.bucket("hichat-artifacts"));
      s3.putObject(
          p -> p.bucket("hichat-artifacts").key("hichat-functions-lambda.zip"),
          RequestBody.fromFile(zip));
      lambda.createFunction(
          f ->
              f.functionName("hichat-jwks")
                  .runtime(software.amazon.awssdk.services.lambda.model.Runtime.JAVA21)
                  .handler(LambdaArtifact.ROUTE_HANDLER)
                  .role("arn:aws:iam::000000000000:role/hichat-jwks")
                  .code(c -> c.s3Bucket("hichat-artifacts").s3Key("hichat-functions-lambda.zip"))
                  .memorySize(1024)
                  .timeout(120)
                  .environment(
                      e ->
                          e.variables(
                              Map.of(
                                  "SPRING_CLOUD_FUNCTION_DEFINITION",
                                  "jwks",
                                  "MAIN_CLASS",
                                  LambdaArtifact.MAIN_CLASS,
                                  "HICHAT_JWT_KEYS",
                                  LambdaEvents.jwkSet(kid)))));
      lambda.waiter().waitUntilFunctionActiveV2(w -> w.functionName("hichat-jwks"));

      JsonNode keys = invoke(lambda, "/.well-known/jwks.json");
      assertThat(keys.get("statusCode").asInt()).as(keys.toString()).isEqualTo(200);
      JsonNode body = LambdaEvents.JSON.readTree(keys.get("body").asText());
      assertThat(body.get("keys")).hasSize(1);
      assertThat(body.get("keys").get(0).get("kid").asText()).isEqualTo(kid);
      assertThat(body.get("keys").get(0).has("d")).as("no private part").isFalse();

      // deployed for one route, it answers no other
      JsonNode other = invoke(lambda, "/api/v1/user/detail");
      assertThat(other.get("statusCode").asInt()).as(other.toString()).isEqualTo(404);
    }
  }

  /** Invokes the function synchronously with a GET event; fails on a function error. */
  static JsonNode invoke(LambdaClient lambda, String path) throws Exception {
    InvokeResponse response =
        lambda.invoke(
            i ->
                i.functionName("hichat-jwks")
                    .payload(SdkBytes.fromUtf8String(LambdaEvents.httpGet(path))));
    String payload = response.payload().asUtf8String();
    assertThat(response.functionError()).as(payload).isNull();
    return LambdaEvents.JSON.readTree(payload);
  }
}
