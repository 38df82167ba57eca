package io.hichat.functions.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.Fixtures;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.model.api.ErrorCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * End to end over HTTP through the local gateway: an account's whole life, from its first code to
 * its deletion.
 */
class AccountFlowIT {

  final Api api = TestStack.get().api();

  @Test
  void registerLoginProfileSearchAvatarSettingsThenDelete() throws Exception {
    // register with a phone code
    String phone = Users.newPhone();
    String code = Users.phoneCode(api, phone);
    assertThat(code).matches("[0-9]{6}");
    Api.Resp reg =
        api.post(
            "/api/v1/user/register",
            "{\"phone\":\"%s\",\"password\":\"secret-1\",\"nickname\":\"Ada\",\"phoneCode\":\"%s\"}"
                .formatted(phone, code),
            null);
    assertThat(reg.status()).as(reg.raw()).isEqualTo(200);
    assertThat(reg.code()).isEqualTo(200);
    assertThat(reg.data().path("expire").asLong()).isGreaterThan(System.currentTimeMillis() / 1000);

    // the code was used up: registering again with it fails
    Api.Resp again =
        api.post(
            "/api/v1/user/register",
            "{\"phone\":\"%s\",\"password\":\"secret-1\",\"phoneCode\":\"%s\"}"
                .formatted(phone, code),
            null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo(ErrorCode.PHONE_ALREADY_REGISTERED.code());

    // login
    Api.Resp login =
        api.post(
            "/api/v1/user/login",
            "{\"phone\":\"%s\",\"password\":\"secret-1\"}".formatted(phone),
            null);
    assertThat(login.status()).as(login.raw()).isEqualTo(200);
    String token = login.data().path("token").asText();

    // detail
    Api.Resp detail = api.get("/api/v1/user/detail", token);
    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.data().path("info").path("mobile").asText()).isEqualTo(phone);
    assertThat(detail.data().path("info").path("nickname").asText()).isEqualTo("Ada");
    String id = detail.data().path("info").path("id").asText();

    // partial update
    Api.Resp update =
        api.put(
            "/api/v1/user/update",
            "{\"name\":\"Ada L\",\"sex\":2,\"region\":\"London\",\"tags\":\"[\\\"math\\\"]\"}",
            token);
    assertThat(update.status()).as(update.raw()).isEqualTo(200);
    Api.Resp updated = api.get("/api/v1/user/detail", token);
    assertThat(updated.data().path("info").path("nickname").asText()).isEqualTo("Ada L");
    assertThat(updated.data().path("info").path("sex").asInt()).isEqualTo(2);
    assertThat(updated.data().path("info").path("region").asText()).isEqualTo("London");
    assertThat(updated.data().path("info").path("tags").asText()).isEqualTo("[\"math\"]");
    assertThat(updated.data().path("info").path("introduction").asText()).isEmpty();

    // search: another user finds Ada by nickname and by id, without her phone
    Users.TestUser bob = Users.register(api, "Bob");
    Api.Resp byName = api.get("/api/v1/user/search?name=Ada%20L&page=1&size=10", bob.token());
    assertThat(byName.status()).as(byName.raw()).isEqualTo(200);
    assertThat(byName.data().path("users").findValuesAsString("id")).contains(id);
    assertThat(byName.data().path("users").get(0).path("mobile").asText()).isEmpty();
    Api.Resp byId = api.get("/api/v1/user/search?ids=" + id, bob.token());
    assertThat(byId.data().path("total").asLong()).isEqualTo(1);

    // avatar upload: stored in the bucket, set on the profile, readable at the URL
    Api.Resp avatar =
        api.upload(
            "/api/v1/user/avatar/upload", "file", "me.png", "image/png", Fixtures.PNG, token);
    assertThat(avatar.status()).as(avatar.raw()).isEqualTo(200);
    String url = avatar.data().path("url").asText();
    assertThat(api.get("/api/v1/user/detail", token).data().path("info").path("avatar").asText())
        .isEqualTo(url);
    HttpResponse<byte[]> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(Fixtures.PNG);
    String bucket = System.getenv().getOrDefault("HICHAT_S3_BUCKET", "hichat-media");
    String key = url.substring(url.indexOf("avatar/"));
    assertThat(
            TestStack.get()
                .bean(S3Client.class)
                .headObject(h -> h.bucket(bucket).key(key))
                .contentType())
        .isEqualTo("image/png");

    // favorites: add one, find it, and it belongs to nobody else
    Api.Resp fav =
        api.post(
            "/api/v1/user/favorite",
            "{\"type\":\"link\",\"title\":\"Notes\",\"content\":\"https://example.org/n\",\"source\":\"manual\"}",
            token);
    assertThat(fav.status()).as(fav.raw()).isEqualTo(200);
    long favoriteId = fav.data().path("id").asLong();
    Api.Resp favorites = api.get("/api/v1/user/favorites?type=link", token);
    assertThat(favorites.data().path("total").asLong()).isEqualTo(1);
    assertThat(favorites.data().path("list").get(0).path("id").asLong()).isEqualTo(favoriteId);
    assertThat(api.get("/api/v1/user/favorites", bob.token()).data().path("total").asLong())
        .isZero();

    // settings
    assertThat(api.get("/api/v1/user/settings", token).data().path("settings").asText())
        .isEqualTo("{}");
    Api.Resp put =
        api.put(
            "/api/v1/user/settings", "{\"settings\":\"{\\\"themeMode\\\":\\\"dark\\\"}\"}", token);
    assertThat(put.status()).as(put.raw()).isEqualTo(200);
    assertThat(api.get("/api/v1/user/settings", token).data().path("settings").asText())
        .isEqualTo("{\"themeMode\":\"dark\"}");

    // delete the account: the token stops working, login fails, the avatar is gone
    Api.Resp deleted = api.delete("/api/v1/user/logout", null, token);
    assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
    Api.Resp afterDelete = api.get("/api/v1/user/detail", token);
    assertThat(afterDelete.status()).isEqualTo(401);
    assertThat(afterDelete.code()).isEqualTo(ErrorCode.TOKEN_REVOKED.code());
    Api.Resp loginAfter =
        api.post(
            "/api/v1/user/login",
            "{\"phone\":\"%s\",\"password\":\"secret-1\"}".formatted(phone),
            null);
    assertThat(loginAfter.status()).isEqualTo(401);
    assertThat(loginAfter.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS.code());
    HttpResponse<byte[]> gone =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(gone.statusCode()).isIn(403, 404);
  }
}
