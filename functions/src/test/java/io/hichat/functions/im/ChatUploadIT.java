package io.hichat.functions.im;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.Fixtures;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.UserRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * I9 and the presigned flow with purpose {@code im}, against the real S3-compatible server: files
 * land under {@code im/<kind>/<user>/}, kinds come from the name and are proven by the bytes.
 */
class ChatUploadIT {

  final Api api = TestStack.get().api();
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void multipartImage_isStoredUnderImImage_andServedAsAnImage() throws Exception {
    TestUser u = Users.register(api, "Pic");

    Api.Resp r =
        api.upload("/v1/im/upload", "file", "cat.png", "image/png", Fixtures.PNG, u.token());

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.data().path("fileType").asText()).isEqualTo("image");
    assertThat(r.data().path("name").asText()).isEqualTo("cat.png");
    assertThat(r.data().path("size").asLong()).isEqualTo(Fixtures.PNG.length);
    String url = r.data().path("url").asText();
    assertThat(url).contains("/im/image/" + u.id() + "/").endsWith(".png");
    HttpResponse<byte[]> get =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("content-type")).hasValue("image/png");
    assertThat(get.body()).isEqualTo(Fixtures.PNG);
  }

  @Test
  void otherFiles_areStoredAsDownloads_andNamesThatLieAreRefused() throws Exception {
    TestUser u = Users.register(api, "Docs");
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    Api.Resp file = api.upload("/v1/im/upload", "file", "page.html", "text/html", html, u.token());
    Api.Resp lying = api.upload("/v1/im/upload", "file", "cat.png", "image/png", html, u.token());

    assertThat(file.status()).as(file.raw()).isEqualTo(200);
    assertThat(file.data().path("fileType").asText()).isEqualTo("file");
    assertThat(file.data().path("url").asText()).contains("/im/file/" + u.id() + "/");
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(URI.create(file.data().path("url").asText())).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.headers().firstValue("content-type")).hasValue("application/octet-stream");
    assertThat(lying.status()).isEqualTo(415);
    assertThat(lying.code()).isEqualTo(ErrorCode.UPLOAD_TYPE_REJECTED.code());
  }

  @Test
  void multipartOverTheCap_is413_largerFilesGoThroughPresign() {
    TestUser u = Users.register(api, "Big");
    byte[] big = Arrays.copyOf(Fixtures.PNG, UserRoutes.MAX_MULTIPART_FILE_BYTES + 1);

    Api.Resp r = api.upload("/v1/im/upload", "file", "big.png", "image/png", big, u.token());

    assertThat(r.status()).isEqualTo(413);
    JsonNode p = presign(u, "clip.mp4", "video/mp4", 50L * 1024 * 1024);
    assertThat(p.path("key").asText()).startsWith("im/video/" + u.id() + "/");
    assertThat(presignResp(u, "clip.mp4", "video/mp4", 100L * 1024 * 1024 + 1).status())
        .isEqualTo(413);
    assertThat(presignResp(u, "clip.mp4", "image/png", 10).status()).isEqualTo(415);
    assertThat(presignResp(u, "v.m4a", "audio/mp4", 10).status()).isEqualTo(200);
  }

  @Test
  void presignedChatImage_putThenComplete_isAnImage() throws Exception {
    TestUser u = Users.register(api, "Direct");
    JsonNode p = presign(u, "big.png", "image/png", Fixtures.PNG.length);
    assertThat(p.path("key").asText()).startsWith("im/image/" + u.id() + "/");
    HttpRequest.Builder put =
        HttpRequest.newBuilder(URI.create(p.path("uploadUrl").asText()))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(Fixtures.PNG));
    p.path("headers").properties().forEach(e -> put.header(e.getKey(), e.getValue().asText()));
    assertThat(http.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);

    Api.Resp done =
        api.post(
            "/api/v1/user/upload/complete",
            "{\"key\":\"" + p.path("key").asText() + "\"}",
            u.token());

    assertThat(done.status()).as(done.raw()).isEqualTo(200);
    assertThat(done.data().path("fileType").asText()).isEqualTo("image");
    assertThat(done.data().path("url").asText()).contains("/im/image/");
  }

  private JsonNode presign(TestUser u, String name, String type, long size) {
    Api.Resp r = presignResp(u, name, type, size);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.data();
  }

  private Api.Resp presignResp(TestUser u, String name, String type, long size) {
    return api.post(
        "/api/v1/user/upload/presign",
        "{\"purpose\":\"im\",\"fileName\":\"%s\",\"contentType\":\"%s\",\"size\":%d}"
            .formatted(name, type, size),
        u.token());
  }
}
