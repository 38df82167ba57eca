package io.hichat.functions.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.support.Api;
import io.hichat.functions.support.Fixtures;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.functions.user.domain.EmojiService;
import io.hichat.functions.user.store.EmojiStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.UserRoutes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/** U18–U21 over HTTP through the local gateway, against the real MySQL and S3. */
class EmojisIT {

  static final String ADD = "/api/v1/user/emoji";
  static final String LIST = "/api/v1/user/emojis";
  static final String UPLOAD = "/api/v1/user/emoji/upload";
  static final String URL = "https://cdn.example.org/stickers/cat.png";

  final Api api = TestStack.get().api();

  // ---- U18 add and U20 list: happy paths

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
            {"url":"%s","name":"cat","thumbnail":"https://cdn.example.org/t/cat.png",
             "width":240,"height":180,"size":12345,"fileType":"gif"}
            """
                .formatted(URL),
            ada.token());

    // then
    assertThat(added.status()).as(added.raw()).isEqualTo(200);
    long id = added.data().path("id").asLong();
    assertThat(id).isPositive();
    Api.Resp list = api.get(LIST, ada.token());
    assertThat(list.status()).as(list.raw()).isEqualTo(200);
    assertThat(list.data().path("total").asLong()).isEqualTo(1);
    JsonNode item = list.data().path("list").get(0);
    assertThat(item.path("id").asLong()).isEqualTo(id);
    assertThat(item.path("url").asText()).isEqualTo(URL);
    assertThat(item.path("name").asText()).isEqualTo("cat");
    assertThat(item.path("thumbnail").asText()).isEqualTo("https://cdn.example.org/t/cat.png");
    assertThat(item.path("width").asInt()).isEqualTo(240);
    assertThat(item.path("height").asInt()).isEqualTo(180);
    assertThat(item.path("size").asLong()).isEqualTo(12345);
    assertThat(item.path("fileType").asText()).isEqualTo("gif");
    assertThat(item.path("createdAt").asLong())
        .isBetween(before - 60_000, System.currentTimeMillis() + 60_000);
  }

  @Test
  void addWithOnlyUrl_defaultsToImageWithZeroes() {
    // given
    TestUser ada = Users.register(api, "Ada");

    // when
    Api.Resp added = api.post(ADD, "{\"url\":\"" + URL + "\"}", ada.token());

    // then
    assertThat(added.status()).as(added.raw()).isEqualTo(200);
    JsonNode item = api.get(LIST, ada.token()).data().path("list").get(0);
    assertThat(item.path("fileType").asText()).isEqualTo("image");
    assertThat(item.path("name").asText()).isEmpty();
    assertThat(item.path("thumbnail").asText()).isEmpty();
    assertThat(item.path("width").asInt()).isZero();
    assertThat(item.path("height").asInt()).isZero();
    assertThat(item.path("size").asLong()).isZero();
  }

  @Test
  void list_putsNewestStickerFirstEvenAfterADeletion() {
    // given three stickers, the newest deleted, then a fourth
    TestUser ada = Users.register(api, "Ada");
    long a = add(ada, "a");
    long b = add(ada, "b");
    long c = add(ada, "c");
    assertThat(api.delete(ADD, "{\"id\":" + c + "}", ada.token()).status()).isEqualTo(200);
    long d = add(ada, "d");

    // when
    Api.Resp list = api.get(LIST, ada.token());

    // then
    assertThat(idsOf(list)).containsExactly(d, b, a);
    assertThat(list.data().path("total").asLong()).isEqualTo(3);
  }

  @Test
  void list_pagesWithTotalAndShowsOnlyTheCallers() {
    // given
    TestUser ada = Users.register(api, "Ada");
    TestUser bob = Users.register(api, "Bob");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(add(ada, "s" + i));
    }
    add(bob, "bob's");

    // when
    Api.Resp first = api.get(LIST + "?page=1&pageSize=2", ada.token());
    Api.Resp third = api.get(LIST + "?page=3&pageSize=2", ada.token());
    Api.Resp beyond = api.get(LIST + "?page=9&pageSize=2", ada.token());

    // then
    assertThat(idsOf(first)).containsExactly(ids.get(4), ids.get(3));
    assertThat(idsOf(third)).containsExactly(ids.get(0));
    assertThat(idsOf(beyond)).isEmpty();
    assertThat(first.data().path("total").asLong()).isEqualTo(5);
    assertThat(beyond.data().path("total").asLong()).isEqualTo(5);
    assertThat(total(bob)).isEqualTo(1);
  }

  @Test
  void listWithBadQuery_isRefused() {
    // given
    TestUser ada = Users.register(api, "Ada");

    for (String query : List.of("?page=0", "?page=x", "?pageSize=0", "?pageSize=101")) {
      // when
      Api.Resp resp = api.get(LIST + query, ada.token());

      // then
      assertThat(resp.status()).as(query + " -> " + resp.raw()).isEqualTo(400);
      assertThat(resp.code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    }
    assertThat(api.get(LIST, null).status()).isEqualTo(401);
  }

  // ---- U18 add: refusals and the limit

  @Test
  void addWithBadInput_isRefusedAndStoresNothing() {
    // given
    TestUser ada = Users.register(api, "Ada");
    record Case(String body, ErrorCode code) {}
    List<Case> cases =
        List.of(
            new Case("{}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":42}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"javascript:alert(1)\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"ftp://cdn.example.org/a.png\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"/relative/a.png\"}", ErrorCode.BAD_REQUEST),
            new Case(
                "{\"url\":\"https://cdn.example.org/" + "a".repeat(480) + "\"}",
                ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\",\"width\":\"x\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\",\"width\":\"120\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\",\"width\":10001}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\",\"height\":-1}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\",\"height\":1.5}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\",\"size\":-1}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\",\"size\":true}", ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\",\"fileType\":\"video\"}", ErrorCode.BAD_REQUEST),
            new Case(
                "{\"url\":\"" + URL + "\",\"name\":\"" + "n".repeat(101) + "\"}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "{\"url\":\"" + URL + "\",\"thumbnail\":\"data:image/png;base64,AA\"}",
                ErrorCode.BAD_REQUEST),
            new Case("{\"url\":\"" + URL + "\"", ErrorCode.MALFORMED_JSON),
            new Case("url=" + URL, ErrorCode.MALFORMED_JSON),
            new Case("", ErrorCode.MALFORMED_JSON));

    for (Case c : cases) {
      // when
      Api.Resp resp = api.post(ADD, c.body(), ada.token());

      // then
      assertThat(resp.status()).as(c.body() + " -> " + resp.raw()).isEqualTo(400);
      assertThat(resp.code()).as(c.body()).isEqualTo(c.code().code());
    }
    Api.Resp anonymous = api.post(ADD, "{\"url\":\"" + URL + "\"}", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.code()).isEqualTo(ErrorCode.UNAUTHORIZED.code());
    assertThat(total(ada)).isZero();
  }

  @Test
  void addBeyondThreeHundred_isConflictAndStoresNothing() {
    // given 299 stickers written straight through the store
    TestUser ada = Users.register(api, "Ada");
    EmojiStore store = TestStack.get().bean(EmojiStore.class);
    EmojiStore.Draft draft = new EmojiStore.Draft(URL, "", "", 0, 0, 0, "image");
    for (int i = 0; i < EmojiService.MAX_STICKERS - 1; i++) {
      assertThat(store.insertIfBelow(ada.id(), draft, EmojiService.MAX_STICKERS)).isPresent();
    }

    // when: the 300th and the 301st are added over HTTP
    Api.Resp last = api.post(ADD, "{\"url\":\"" + URL + "\",\"name\":\"last\"}", ada.token());
    Api.Resp over = api.post(ADD, "{\"url\":\"" + URL + "\",\"name\":\"over\"}", ada.token());

    // then
    assertThat(last.status()).as(last.raw()).isEqualTo(200);
    assertThat(over.status()).as(over.raw()).isEqualTo(409);
    assertThat(over.code()).isEqualTo(ErrorCode.CONFLICT.code());
    assertThat(over.body().path("msg").asText()).contains("300").contains("sticker");
    Api.Resp list = api.get(LIST, ada.token());
    assertThat(list.data().path("total").asLong()).isEqualTo(EmojiService.MAX_STICKERS);
    assertThat(list.data().path("list").get(0).path("name").asText()).isEqualTo("last");

    // and a deletion makes room again
    long lastId = last.data().path("id").asLong();
    assertThat(api.delete(ADD, "{\"id\":" + lastId + "}", ada.token()).status()).isEqualTo(200);
    assertThat(api.post(ADD, "{\"url\":\"" + URL + "\"}", ada.token()).status()).isEqualTo(200);
  }

  @Test
  void concurrentAddsNearTheLimit_neverPassIt() throws Exception {
    // given 290 stickers: room for ten more
    TestUser ada = Users.register(api, "Ada");
    EmojiStore store = TestStack.get().bean(EmojiStore.class);
    EmojiStore.Draft draft = new EmojiStore.Draft(URL, "", "", 0, 0, 0, "image");
    for (int i = 0; i < EmojiService.MAX_STICKERS - 10; i++) {
      store.insertIfBelow(ada.id(), draft, EmojiService.MAX_STICKERS);
    }

    // when sixteen writers race, three adds each, released together
    int writers = 16;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      tasks.add(
          () -> {
            start.await();
            int added = 0;
            for (int j = 0; j < 3; j++) {
              if (store.insertIfBelow(ada.id(), draft, EmojiService.MAX_STICKERS).isPresent()) {
                added++;
              }
            }
            return added;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    int added = 0;
    try {
      List<Future<Integer>> results = new ArrayList<>();
      tasks.forEach(t -> results.add(pool.submit(t)));
      start.countDown();
      for (Future<Integer> f : results) {
        added += f.get();
      }
    } finally {
      pool.shutdown();
    }

    // then exactly ten got in, and one more over HTTP is refused
    assertThat(added).isEqualTo(10);
    assertThat(total(ada)).isEqualTo(EmojiService.MAX_STICKERS);
    assertThat(api.post(ADD, "{\"url\":\"" + URL + "\"}", ada.token()).status()).isEqualTo(409);
  }

  // ---- U19 delete

  @Test
  void deleteOwnSticker_removesOnlyIt() {
    // given
    TestUser ada = Users.register(api, "Ada");
    long keep = add(ada, "keep");
    long drop = add(ada, "drop");

    // when
    Api.Resp deleted = api.delete(ADD, "{\"id\":" + drop + "}", ada.token());

    // then
    assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
    assertThat(deleted.data().isObject()).isTrue();
    assertThat(idsOf(api.get(LIST, ada.token()))).containsExactly(keep);
  }

  @Test
  void deleteSomeoneElsesSticker_isNotFoundAndTheirRowStays() {
    // given
    TestUser ada = Users.register(api, "Ada");
    TestUser mallory = Users.register(api, "Mallory");
    long adas = add(ada, "mine");

    // when
    Api.Resp resp = api.delete(ADD, "{\"id\":" + adas + "}", mallory.token());

    // then
    assertThat(resp.status()).isEqualTo(404);
    assertThat(resp.code()).isEqualTo(ErrorCode.EMOJI_NOT_FOUND.code());
    assertThat(idsOf(api.get(LIST, ada.token()))).containsExactly(adas);
  }

  @Test
  void deleteUnknownId_isNotFound() {
    // given
    TestUser ada = Users.register(api, "Ada");

    // when
    Api.Resp resp = api.delete(ADD, "{\"id\":" + Long.MAX_VALUE + "}", ada.token());

    // then
    assertThat(resp.status()).isEqualTo(404);
    assertThat(resp.code()).isEqualTo(ErrorCode.EMOJI_NOT_FOUND.code());
  }

  @Test
  void deleteWithBadInput_isRefusedAndDeletesNothing() {
    // given
    TestUser ada = Users.register(api, "Ada");
    long id = add(ada, "stays");
    record Case(String body, ErrorCode code) {}
    List<Case> cases =
        List.of(
            new Case("{}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":\"abc\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":\"" + id + "\"}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":0}", ErrorCode.BAD_REQUEST),
            new Case("{\"id\":" + id + ",", ErrorCode.MALFORMED_JSON),
            new Case("", ErrorCode.MALFORMED_JSON));

    for (Case c : cases) {
      // when
      Api.Resp resp = api.delete(ADD, c.body(), ada.token());

      // then
      assertThat(resp.status()).as(c.body() + " -> " + resp.raw()).isEqualTo(400);
      assertThat(resp.code()).as(c.body()).isEqualTo(c.code().code());
    }
    assertThat(api.delete(ADD, "{\"id\":" + id + "}", null).status()).isEqualTo(401);
    assertThat(idsOf(api.get(LIST, ada.token()))).containsExactly(id);
  }

  // ---- U21 upload

  @Test
  void uploadPng_isStoredUnderEmojiAsImage() throws Exception {
    // given
    TestUser ada = Users.register(api, "Ada");

    // when
    Api.Resp resp = api.upload(UPLOAD, "file", "dot.png", "image/png", Fixtures.PNG, ada.token());

    // then
    assertThat(resp.status()).as(resp.raw()).isEqualTo(200);
    String url = resp.data().path("url").asText();
    assertThat(url).contains("/emoji/" + ada.id() + "/").endsWith(".png");
    assertThat(resp.data().path("name").asText()).isEqualTo("dot.png");
    assertThat(resp.data().path("size").asLong()).isEqualTo(Fixtures.PNG.length);
    assertThat(resp.data().path("fileType").asText()).isEqualTo("image");
    assertThat(FavoritesIT.fetch(url)).isEqualTo(Fixtures.PNG);
  }

  @Test
  void uploadGif_isStoredAsGif() {
    // given
    TestUser ada = Users.register(api, "Ada");

    // when
    Api.Resp resp = api.upload(UPLOAD, "file", "wave.gif", "image/gif", Fixtures.GIF, ada.token());

    // then
    assertThat(resp.status()).as(resp.raw()).isEqualTo(200);
    assertThat(resp.data().path("fileType").asText()).isEqualTo("gif");
    assertThat(resp.data().path("url").asText()).endsWith(".gif");
  }

  @Test
  void uploadRefusals_storeNothing() {
    // given
    TestUser ada = Users.register(api, "Ada");
    byte[] text = "not an image".getBytes(StandardCharsets.UTF_8);
    byte[] tooLarge = new byte[UserRoutes.MAX_MULTIPART_FILE_BYTES + 1];

    // when
    Api.Resp notImage = api.upload(UPLOAD, "file", "fake.png", "image/png", text, ada.token());
    Api.Resp oversize = api.upload(UPLOAD, "file", "big.png", "image/png", tooLarge, ada.token());
    Api.Resp wrongField =
        api.upload(UPLOAD, "image", "a.png", "image/png", Fixtures.PNG, ada.token());
    Api.Resp notMultipart = api.post(UPLOAD, "{\"file\":\"x\"}", ada.token());
    Api.Resp anonymous = api.upload(UPLOAD, "file", "a.png", "image/png", Fixtures.PNG, null);

    // then
    assertThat(notImage.status()).as(notImage.raw()).isEqualTo(415);
    assertThat(notImage.code()).isEqualTo(ErrorCode.UPLOAD_TYPE_REJECTED.code());
    assertThat(oversize.status()).as(oversize.raw()).isEqualTo(413);
    assertThat(oversize.code()).isEqualTo(ErrorCode.UPLOAD_TOO_LARGE.code());
    assertThat(wrongField.status()).isEqualTo(400);
    assertThat(notMultipart.status()).isEqualTo(415);
    assertThat(notMultipart.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE.code());
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(storedKeys(ada)).isEmpty();
    assertThat(total(ada)).isZero();
  }

  // ---- helpers

  long add(TestUser user, String name) {
    Api.Resp resp =
        api.post(ADD, "{\"url\":\"%s\",\"name\":\"%s\"}".formatted(URL, name), user.token());
    assertThat(resp.status()).as(resp.raw()).isEqualTo(200);
    return resp.data().path("id").asLong();
  }

  long total(TestUser user) {
    Api.Resp resp = api.get(LIST, user.token());
    assertThat(resp.status()).as(resp.raw()).isEqualTo(200);
    return resp.data().path("total").asLong();
  }

  static List<Long> idsOf(Api.Resp page) {
    return FavoritesIT.idsOf(page);
  }

  static List<String> storedKeys(TestUser user) {
    S3Client s3 = TestStack.get().bean(S3Client.class);
    String bucket = TestStack.get().bean(HichatProperties.class).s3().bucket();
    List<String> keys = new ArrayList<>();
    s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix("emoji/" + user.id() + "/"))
        .contents()
        .forEach(o -> keys.add(o.key()));
    return keys;
  }
}
