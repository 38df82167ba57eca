package io.hichat.functions.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.Fixtures;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.UserRoutes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import tools.jackson.databind.JsonNode;

/** Uploads against the real S3-compatible server: sniffing, limits and the presigned flow. */
class UploadsIT {
  static final String BUCKET = System.getenv().getOrDefault("HICHAT_S3_BUCKET", "hichat-media");

  final Api api = TestStack.get().api();
  final S3Client s3 = TestStack.get().bean(S3Client.class);
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void avatarThatIsNotAnImage_is415_andNothingIsStored() {
    TestUser u = Users.register(api, "Html");
    byte[] html = "<html><script>alert(1)</script></html>".getBytes();
    Api.Resp r =
        api.upload("/api/v1/user/avatar/upload", "file", "a.png", "image/png", html, u.token());
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.code()).isEqualTo(ErrorCode.UPLOAD_TYPE_REJECTED.code());
    assertThat(objectsUnder("avatar/" + u.id() + "/").keyCount()).isZero();
    assertThat(
            api.get("/api/v1/user/detail", u.token()).data().path("info").path("avatar").asText())
        .isEmpty();
  }

  @Test
  void multipartOverTheFileLimit_is413() {
    TestUser u = Users.register(api, "Huge");
    byte[] big = Arrays.copyOf(Fixtures.PNG, UserRoutes.MAX_MULTIPART_FILE_BYTES + 1);
    Api.Resp r =
        api.upload("/api/v1/user/avatar/upload", "file", "big.png", "image/png", big, u.token());
    assertThat(r.status()).isEqualTo(413);
    assertThat(objectsUnder("avatar/" + u.id() + "/").keyCount()).isZero();
  }

  @Test
  void presignedUpload_putThenComplete_returnsAReadableUrl() throws Exception {
    TestUser u = Users.register(api, "Direct");
    JsonNode p = presign(u, "avatar", "big.png", "image/png", Fixtures.PNG.length);
    HttpResponse<String> put = put(p, Fixtures.PNG);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    Api.Resp done = complete(u, p);
    assertThat(done.status()).as(done.raw()).isEqualTo(200);
    assertThat(done.data().path("fileType").asText()).isEqualTo("image");
    HttpResponse<byte[]> get =
        http.send(
            HttpRequest.newBuilder(URI.create(done.data().path("url").asText())).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo(Fixtures.PNG);

    // completing twice, or someone else's key, finds nothing
    Api.Resp again = complete(u, p);
    assertThat(again.status()).isEqualTo(404);
  }

  @Test
  void presignedUrl_tamperedOrReused_forAnotherKey_is403() throws Exception {
    TestUser u = Users.register(api, "Tamper");
    JsonNode p = presign(u, "avatar", "x.png", "image/png", Fixtures.PNG.length);
    String url = p.path("uploadUrl").asText().replace("/avatar/", "/emoji/");
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(Fixtures.PNG));
    p.path("headers").properties().forEach(e -> b.header(e.getKey(), e.getValue().asText()));
    assertThat(http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void presignedUpload_ofTheWrongType_isRejectedOnComplete_andDeleted() throws Exception {
    TestUser u = Users.register(api, "Liar");
    byte[] text = "just some text, not a picture at all".getBytes();
    JsonNode p = presign(u, "emoji", "x.png", "image/png", text.length);
    assertThat(put(p, text).statusCode()).isEqualTo(200);
    Api.Resp done = complete(u, p);
    assertThat(done.status()).isEqualTo(415);
    assertThat(objectsUnder(p.path("key").asText()).keyCount()).isZero();
  }

  @Test
  void foreignUsersKey_cannotBeCompleted() throws Exception {
    TestUser owner = Users.register(api, "Owner");
    TestUser thief = Users.register(api, "Thief");
    JsonNode p = presign(owner, "avatar", "x.png", "image/png", Fixtures.PNG.length);
    assertThat(put(p, Fixtures.PNG).statusCode()).isEqualTo(200);
    Api.Resp stolen = complete(thief, p);
    assertThat(stolen.status()).isEqualTo(404);
    Api.Resp mine = complete(owner, p);
    assertThat(mine.status()).isEqualTo(200);
  }

  @Test
  void presign_refusesOversizeUnknownPurposeAndWrongType() {
    TestUser u = Users.register(api, "Limits");
    assertThat(presignResp(u, "avatar", "a.png", "image/png", 11L * 1024 * 1024).status())
        .isEqualTo(413);
    assertThat(presignResp(u, "movie", "a.png", "image/png", 10).status()).isEqualTo(400);
    assertThat(presignResp(u, "emoji", "a.mp4", "video/mp4", 10).status()).isEqualTo(415);
    assertThat(presignResp(u, "avatar", "a.png", "image/png", 0).status()).isEqualTo(400);
  }

  @Test
  void imageOverTenThousandPixelsASide_is415_andNothingIsStored() throws IOException {
    TestUser u = Users.register(api, "Wide");
    byte[] wide = Fixtures.png(20_000, 1);
    assertThat(wide.length).as("a few hundred bytes").isLessThan(4096);
    Api.Resp r =
        api.upload("/api/v1/user/avatar/upload", "file", "w.png", "image/png", wide, u.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(415);
    assertThat(r.code()).isEqualTo(ErrorCode.UPLOAD_TYPE_REJECTED.code());
    assertThat(r.raw()).contains("20000 × 1");
    assertThat(objectsUnder("avatar/" + u.id() + "/").keyCount()).isZero();

    Api.Resp chat = api.upload("/v1/im/upload", "file", "w.png", "image/png", wide, u.token());
    assertThat(chat.status()).as(chat.raw()).isEqualTo(415);
  }

  @Test
  void presignedImage_isMeasuredOnComplete_tooTallDeleted_sizeAfterLongMetadataKept()
      throws Exception {
    TestUser u = Users.register(api, "Tall");
    byte[] tall = Fixtures.png(1, 20_000);
    JsonNode p = presign(u, "avatar", "t.png", "image/png", tall.length);
    assertThat(put(p, tall).statusCode()).isEqualTo(200);
    Api.Resp refused = complete(u, p);
    assertThat(refused.status()).as(refused.raw()).isEqualTo(415);
    assertThat(refused.raw()).contains("1 × 20000");
    assertThat(objectsUnder(p.path("key").asText()).keyCount()).isZero();

    // a photo whose size comes after 40 KB of metadata: beyond the completion's first read, found
    // by a second, longer one
    byte[] photo = Fixtures.jpegWithMetadata(400, 300, 40_000);
    JsonNode q = presign(u, "avatar", "n.jpg", "image/jpeg", photo.length);
    assertThat(put(q, photo).statusCode()).isEqualTo(200);
    Api.Resp kept = complete(u, q);
    assertThat(kept.status()).as(kept.raw()).isEqualTo(200);
    assertThat(objectsUnder(q.path("key").asText()).keyCount()).isEqualTo(1);
  }

  private Api.Resp complete(TestUser u, JsonNode presigned) {
    return api.post(
        "/api/v1/user/upload/complete",
        "{\"key\":\"" + presigned.path("key").asText() + "\"}",
        u.token());
  }

  private JsonNode presign(TestUser u, String purpose, String name, String type, long size) {
    Api.Resp r = presignResp(u, purpose, name, type, size);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.data();
  }

  private Api.Resp presignResp(TestUser u, String purpose, String name, String type, long size) {
    return api.post(
        "/api/v1/user/upload/presign",
        "{\"purpose\":\"%s\",\"fileName\":\"%s\",\"contentType\":\"%s\",\"size\":%d}"
            .formatted(purpose, name, type, size),
        u.token());
  }

  private HttpResponse<String> put(JsonNode presigned, byte[] bytes) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(presigned.path("uploadUrl").asText()))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
    presigned
        .path("headers")
        .properties()
        .forEach(e -> b.header(e.getKey(), e.getValue().asText()));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private ListObjectsV2Response objectsUnder(String prefix) {
    return s3.listObjectsV2(l -> l.bucket(BUCKET).prefix(prefix));
  }
}
