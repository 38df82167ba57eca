package io.hichat.functions.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.Fixtures;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.Route;
import io.hichat.model.route.UserRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/** U14–U17 over HTTP through the local gateway, against the real MySQL and S3. */
class FavoritesIT {

  static final String ADD = "/api/v1/user/favorite";
  static final String LIST = "/api/v1/user/favorites";
  static final String UPLOAD = "/api/v1/user/favorite/upload";

  final Api api = TestStack.get().api();

  // ---- U14 add and U16 list: happy paths

  @Test
  void addWithEveryField_isListedBackAsSent() {
    // given
    TestUser ada = Users.register(api, "Ada");
    long before = System.currentTimeMillis();

    // when
    Api.Resp added =
        api.post(
            ADD,
            """
            {"type":"link","title":"Docs","content":"https://example.org/a?b=1",
             "source":"chat","sourceId":"m-42","tags":"[\\"work\\", \\"read later\\"]"}
            """,
            ada.token());

    // then
    assertThat(added.status()).as(added.raw()).isEqualTo(200);
    assertThat(added.code()).isEqualTo(200);
    long id = added.data().path("id").asLong();
    assertThat(id).isPositive();
    Api.Resp list = api.get(LIST, ada.token());
    assertThat(list.status()).as(list.raw()).isEqualTo(200);
    assertThat(list.data().path("total").asLong()).isEqualTo(1);
    JsonNode item = list.data().path("list").get(0);
    assertThat(item.path("id").asLong()).isEqualTo(id);
    assertThat(item.path("type").asText()).isEqualTo("link");
    assertThat(item.path("title").asText()).isEqualTo("Docs");
    assertThat(item.path("content").asText()).isEqualTo("https://example.org/a?b=1");
    assertThat(item.path("source").asText()).isEqualTo("chat");
    assertThat(item.path("sourceId").asText()).isEqualTo("m-42");
    assertThat(item.path("tags").asText()).isEqualTo("[\"work\",\"read later\"]");
    assertThat(item.path("createdAt").asLong())
        .isBetween(before - 60_000, System.currentTimeMillis() + 60_000);
  }

  @Test
  void addWithOnlyContent_defaultsToTextWithEmptyFields() {
    // given
    TestUser ada = Users.register(api, "Ada");

    // when
    Api.Resp added = api.post(ADD, "{\"content\":\"just a thought\"}", ada.token());

    // then
    assertThat(added.status()).as(added.raw()).isEqualTo(200);
    JsonNode item = api.get(LIST, ada.token()).data().path("list").get(0);
    assertThat(item.path("type").asText()).isEqualTo("text");
    assertThat(item.path("title").asText()).isEmpty();
    assertThat(item.path("source").asText()).isEmpty();
    assertThat(item.path("sourceId").asText()).isEmpty();
    assertThat(item.path("tags").asText()).isEqualTo("[]");
  }

  @Test
  void list_showsOnlyTheCallersFavorites() {
    // given
    TestUser ada = Users.register(api, "Ada");
    TestUser bob = Users.register(api, "Bob");
    add(ada, "text", "", "ada's");

    // when
    Api.Resp bobs = api.get(LIST, bob.token());

    // then
    assertThat(bobs.status()).isEqualTo(200);
    assertThat(bobs.data().path("total").asLong()).isZero();
    assertThat(bobs.data().path("list").size()).isZero();
  }

  @Test
  void list_pagesNewestFirstWithTotal() {
    // given five favorites, added in order
    TestUser ada = Users.register(api, "Ada");
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(add(ada, "text", "", "item " + i));
    }

    // when
    Api.Resp first = api.get(LIST + "?page=1&pageSize=2", ada.token());
    Api.Resp second = api.get(LIST + "?page=2&pageSize=2", ada.token());
    Api.Resp third = api.get(LIST + "?page=3&pageSize=2", ada.token());
    Api.Resp beyond = api.get(LIST + "?page=4&pageSize=2", ada.token());
    Api.Resp defaults = api.get(LIST, ada.token());

    // then
    assertThat(idsOf(first)).containsExactly(ids.get(4), ids.get(3));
    assertThat(idsOf(second)).containsExactly(ids.get(2), ids.get(1));
    assertThat(idsOf(third)).containsExactly(ids.get(0));
    assertThat(idsOf(beyond)).isEmpty();
    for (Api.Resp page : List.of(first, second, third, beyond, defaults)) {
      assertThat(page.data().path("total").asLong()).isEqualTo(5);
    }
    List<Long> newestFirst = new ArrayList<>(ids);
    Collections.reverse(newestFirst);
    assertThat(idsOf(defaults)).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void list_pageSizeDefaultsToTwenty() {
    // given
    TestUser ada = Users.register(api, "Ada");
    for (int i = 0; i < 21; i++) {
      add(ada, "text", "", "item " + i);
    }

    // when
    Api.Resp page = api.get(LIST, ada.token());

    // then
    assertThat(page.data().path("list").size()).isEqualTo(20);
    assertThat(page.data().path("total").asLong()).isEqualTo(21);
  }

  @Test
  void list_filtersByTypeAndByKeywordInTitleOrContent() {
    // given
    TestUser ada = Users.register(api, "Ada");
    long note = add(ada, "note", "Groceries", "milk, eggs");
    long link = add(ada, "link", "Recipe", "https://example.org/omelette-with-eggs");
    long text = add(ada, "text", "", "nothing to see");

    // when
    Api.Resp notes = api.get(LIST + "?type=note", ada.token());
    Api.Resp eggs = api.get(LIST + "?keyword=EGGS", ada.token());
    Api.Resp byTitle = api.get(LIST + "?keyword=recipe", ada.token());
    Api.Resp both = api.get(LIST + "?type=link&keyword=eggs", ada.token());
    Api.Resp blank = api.get(LIST + "?type=&keyword=", ada.token());

    // then
    assertThat(idsOf(notes)).containsExactly(note);
    assertThat(notes.data().path("total").asLong()).isEqualTo(1);
    assertThat(idsOf(eggs)).containsExactly(link, note);
    assertThat(eggs.data().path("total").asLong()).isEqualTo(2);
    assertThat(idsOf(byTitle)).containsExactly(link);
    assertThat(idsOf(both)).containsExactly(link);
    assertThat(idsOf(blank)).containsExactly(text, link, note);
  }

  @Test
  void list_keywordWildcardsMatchLiterally() {
    // given
    TestUser ada = Users.register(api, "Ada");
    long percent = add(ada, "text", "", "50% off");
    long underscore = add(ada, "text", "", "snake_case");
    long bang = add(ada, "text", "", "wow! really");
    long backslash = add(ada, "text", "", "C:\\\\temp");
    add(ada, "text", "", "500 off, snakeXcase, wow really, C:temp");

    // when / then: % _ ! and \ match themselves only
    assertThat(idsOf(api.get(LIST + "?keyword=0%25", ada.token()))).containsExactly(percent);
    assertThat(idsOf(api.get(LIST + "?keyword=e_c", ada.token()))).containsExactly(underscore);
    assertThat(idsOf(api.get(LIST + "?keyword=w!", ada.token()))).containsExactly(bang);
    assertThat(idsOf(api.get(LIST + "?keyword=%3A%5C", ada.token()))).containsExactly(backslash);
    assertThat(idsOf(api.get(LIST + "?keyword=%25", ada.token()))).containsExactly(percent);
  }

  // ---- U14 add: refusals change nothing

  @Test
  void addWithBadInput_isRefusedAndStoresNothing() {
    // given
    TestUser ada = Users.register(api, "Ada");
    record Case(String body, int status, ErrorCode code) {}
    List<Case> cases =
        List.of(
            new Case("{}", 400, ErrorCode.BAD_REQUEST),
            new Case("{\"content\":\"\"}", 400, ErrorCode.BAD_REQUEST),
            new Case("{\"content\":null}", 400, ErrorCode.BAD_REQUEST),
            new Case("{\"content\":42}", 400, ErrorCode.BAD_REQUEST),
            new Case("{\"content\":\"x\",\"title\":7}", 400, ErrorCode.BAD_REQUEST),
            new Case("{\"content\":\"x\",\"tags\":[\"a\"]}", 400, ErrorCode.BAD_REQUEST),
            new Case("{\"content\":\"x\",\"type\":\"audio\"}", 400, ErrorCode.BAD_REQUEST),
            new Case("{\"content\":\"x\",\"type\":\"TEXT\"}", 400, ErrorCode.BAD_REQUEST),
            new Case("{\"content\":\"x\",\"source\":\"web\"}", 400, ErrorCode.BAD_REQUEST),
            new Case(
                "{\"content\":\"x\",\"title\":\"" + "t".repeat(256) + "\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Case(
                "{\"content\":\"x\",\"sourceId\":\"" + "s".repeat(65) + "\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Case("{\"content\":\"x\",\"tags\":\"a,b\"}", 400, ErrorCode.BAD_REQUEST),
            new Case(
                "{\"content\":\"x\",\"tags\":\"[\\\"" + "t".repeat(497) + "\\\"]\"}",
                400,
                ErrorCode.BAD_REQUEST),
            new Case("{\"content\":\"x\"", 400, ErrorCode.MALFORMED_JSON),
            new Case("{\"content\":\"x\"} trailing", 400, ErrorCode.MALFORMED_JSON),
            new Case("", 400, ErrorCode.MALFORMED_JSON),
            new Case("[]", 400, ErrorCode.BAD_REQUEST),
            new Case(
                "{\"content\":\"" + "c".repeat(Route.DEFAULT_MAX_BODY_BYTES) + "\"}",
                413,
                ErrorCode.PAYLOAD_TOO_LARGE));

    for (Case c : cases) {
      // when
      Api.Resp resp = api.post(ADD, c.body(), ada.token());

      // then
      assertThat(resp.status()).as(c.body() + " -> " + resp.raw()).isEqualTo(c.status());
      assertThat(resp.code()).as(c.body()).isEqualTo(c.code().code());
      assertThat(resp.data().isNull()).isTrue();
    }
    assertThat(total(ada)).isZero();
  }

  @Test
  void addWithoutToken_isUnauthorizedAndStoresNothing() {
    // given
    TestUser ada = Users.register(api, "Ada");

    // when
    Api.Resp anonymous = api.post(ADD, "{\"content\":\"x\"}", null);
    Api.Resp forged = api.post(ADD, "{\"content\":\"x\"}", ada.token() + "x");

    // then
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.code()).isEqualTo(ErrorCode.UNAUTHORIZED.code());
    assertThat(forged.status()).isEqualTo(401);
    assertThat(total(ada)).isZero();
  }

  // ---- U16 list: refusals

  @Test
  void listWithBadQuery_isRefused() {
    // given
    TestUser ada = Users.register(api, "Ada");
    add(ada, "text", "", "x");

    for (String query :
        List.of(
            "?page=0",
            "?page=-1",
            "?page=abc",
            "?page=1.5",
            "?pageSize=0",
            "?pageSize=101",
            "?pageSize=x",
            "?type=audio",
            "?keyword=" + "k".repeat(101))) {
      // when
      Api.Resp resp = api.get(LIST + query, ada.token());

      // then
      assertThat(resp.status()).as(query + " -> " + resp.raw()).isEqualTo(400);
      assertThat(resp.code()).as(query).isEqualTo(ErrorCode.BAD_REQUEST.code());
    }
    assertThat(api.get(LIST + "?pageSize=100", ada.token()).status()).isEqualTo(200);
  }

  @Test
  void listWithoutToken_isUnauthorized() {
    Api.Resp resp = api.get(LIST, null);
    assertThat(resp.status()).isEqualTo(401);
    assertThat(resp.code()).isEqualTo(ErrorCode.UNAUTHORIZED.code());
  }

  // ---- U15 delete

  @Test
  void deleteOwnFavorite_removesOnlyIt() {
    // given
    TestUser ada = Users.register(api, "Ada");
    long keep = add(ada, "text", "", "keep");
    long drop = add(ada, "text", "", "drop");

    // when
    Api.Resp deleted = api.delete(ADD, "{\"id\":" + drop + "}", ada.token());

    // then
    assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
    assertThat(deleted.code()).isEqualTo(200);
    assertThat(deleted.data().isObject()).isTrue();
    assertThat(idsOf(api.get(LIST, ada.token()))).containsExactly(keep);
  }

  @Test
  void deleteSomeoneElsesFavorite_isNotFoundAndTheirRowStays() {
    // given
    TestUser ada = Users.register(api, "Ada");
    TestUser mallory = Users.register(api, "Mallory");
    long adas = add(ada, "text", "", "private");

    // when
    Api.Resp resp = api.delete(ADD, "{\"id\":" + adas + "}", mallory.token());

    // then
    assertThat(resp.status()).isEqualTo(404);
    assertThat(resp.code()).isEqualTo(ErrorCode.FAVORITE_NOT_FOUND.code());
    assertThat(idsOf(api.get(LIST, ada.token()))).containsExactly(adas);
  }

  @Test
  void deleteTwiceOrUnknownId_isNotFound() {
    // given
    TestUser ada = Users.register(api, "Ada");
    long id = add(ada, "text", "", "once");
    assertThat(api.delete(ADD, "{\"id\":" + id + "}", ada.token()).status()).isEqualTo(200);

    // when
    Api.Resp again = api.delete(ADD, "{\"id\":" + id + "}", ada.token());
    Api.Resp unknown = api.delete(ADD, "{\"id\":" + Long.MAX_VALUE + "}", ada.token());

    // then
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.code()).isEqualTo(ErrorCode.FAVORITE_NOT_FOUND.code());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo(ErrorCode.FAVORITE_NOT_FOUND.code());
  }

  @Test
  void deleteWithBadInput_isRefusedAndDeletesNothing() {
    // given
    TestUser ada = Users.register(api, "Ada");
    long id = add(ada, "text", "", "stays");
    record Case(String body, ErrorCode code) {}
    List<Case> cases =
        List.of(
            new Case("{}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":null}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":\"abc\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":\"" + id + "\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":" + id + ".5}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":[" + id + ",1]}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":0}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":-" + id + "}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":" + id, ErrorCode.MALFORMED_JSON),
            new Case("", ErrorCode.MALFORMED_JSON));

    for (Case c : cases) {
      // when
      Api.Resp resp = api.delete(ADD, c.body(), ada.token());

      // then
      assertThat(resp.status()).as(c.body() + " -> " + resp.raw()).isEqualTo(400);
      assertThat(resp.code()).as(c.body()).isEqualTo(c.code().code());
    }
    Api.Resp anonymous = api.delete(ADD, "{\"id\":" + id + "}", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(idsOf(api.get(LIST, ada.token()))).containsExactly(id);
  }

  // ---- U17 upload

  @Test
  void uploadImage_isStoredUnderFavoriteImage() throws Exception {
    // given
    TestUser ada = Users.register(api, "Ada");

    // when
    Api.Resp resp = api.upload(UPLOAD, "file", "dot.png", "image/png", Fixtures.PNG, ada.token());

    // then
    assertThat(resp.status()).as(resp.raw()).isEqualTo(200);
    String url = resp.data().path("url").asText();
    assertThat(url).contains("/favorite/image/" + ada.id() + "/").endsWith(".png");
    assertThat(resp.data().path("name").asText()).isEqualTo("dot.png");
    assertThat(resp.data().path("size").asLong()).isEqualTo(Fixtures.PNG.length);
    assertThat(resp.data().path("fileType").asText()).isEqualTo("image");
    assertThat(fetch(url)).isEqualTo(Fixtures.PNG);
  }

  @Test
  void uploadOtherFile_isStoredUnderFavoriteFile() throws Exception {
    // given
    TestUser ada = Users.register(api, "Ada");
    byte[] text = "shopping list\nmilk\n".getBytes(StandardCharsets.UTF_8);

    // when: the declared type is ignored, the bytes decide
    Api.Resp resp = api.upload(UPLOAD, "file", "list.txt", "image/png", text, ada.token());

    // then
    assertThat(resp.status()).as(resp.raw()).isEqualTo(200);
    assertThat(resp.data().path("url").asText()).contains("/favorite/file/" + ada.id() + "/");
    assertThat(resp.data().path("fileType").asText()).isEqualTo("file");
    assertThat(resp.data().path("size").asLong()).isEqualTo(text.length);
    assertThat(fetch(resp.data().path("url").asText())).isEqualTo(text);
  }

  @Test
  void uploadRefusals_storeNothing() {
    // given
    TestUser ada = Users.register(api, "Ada");
    byte[] tooLarge = new byte[UserRoutes.MAX_MULTIPART_FILE_BYTES + 1];

    // when
    Api.Resp oversize =
        api.upload(UPLOAD, "file", "big.bin", "application/octet-stream", tooLarge, ada.token());
    Api.Resp wrongField =
        api.upload(UPLOAD, "attachment", "a.png", "image/png", Fixtures.PNG, ada.token());
    Api.Resp empty = api.upload(UPLOAD, "file", "a.png", "image/png", new byte[0], ada.token());
    Api.Resp notMultipart = api.post(UPLOAD, "{\"file\":\"x\"}", ada.token());
    Api.Resp anonymous = api.upload(UPLOAD, "file", "a.png", "image/png", Fixtures.PNG, null);

    // then
    assertThat(oversize.status()).as(oversize.raw()).isEqualTo(413);
    assertThat(oversize.code()).isEqualTo(ErrorCode.UPLOAD_TOO_LARGE.code());
    assertThat(wrongField.status()).isEqualTo(400);
    assertThat(wrongField.code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(notMultipart.status()).isEqualTo(415);
    assertThat(notMultipart.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE.code());
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(storedKeys(ada)).isEmpty();
  }

  // ---- helpers

  long add(TestUser user, String type, String title, String content) {
    Api.Resp resp =
        api.post(
            ADD,
            "{\"type\":\"%s\",\"title\":\"%s\",\"content\":\"%s\"}".formatted(type, title, content),
            user.token());
    assertThat(resp.status()).as(resp.raw()).isEqualTo(200);
    return resp.data().path("id").asLong();
  }

  long total(TestUser user) {
    Api.Resp resp = api.get(LIST, user.token());
    assertThat(resp.status()).as(resp.raw()).isEqualTo(200);
    return resp.data().path("total").asLong();
  }

  static List<Long> idsOf(Api.Resp page) {
    assertThat(page.status()).as(page.raw()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    page.data().path("list").forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  static byte[] fetch(String url) throws Exception {
    HttpResponse<byte[]> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(served.statusCode()).isEqualTo(200);
    return served.body();
  }

  static List<String> storedKeys(TestUser user) {
    S3Client s3 = TestStack.get().bean(S3Client.class);
    String bucket = TestStack.get().bean(HichatProperties.class).s3().bucket();
    List<String> keys = new ArrayList<>();
    for (String kind : List.of("image", "video", "file")) {
      String prefix = "favorite/" + kind + "/" + user.id() + "/";
      s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix))
          .contents()
          .forEach(o -> keys.add(o.key()));
    }
    return keys;
  }
}
