package io.hichat.functions.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each account endpoint with missing fields and wrong types: a 400 with a code, and the account is
 * as it was (the profile and the password still work).
 */
class AccountBadInputIT {

  record Case(String method, String path, String body, ErrorCode code) {}

  final Api api = TestStack.get().api();

  @Test
  void missingFieldsAndWrongTypes_are400WithACode_andChangeNothing() {
    TestUser u = Users.register(api, "Unchanged");
    List<Case> cases =
        List.of(
            new Case(
                "POST",
                "/api/v1/user/login",
                "{\"phone\":\"" + u.phone() + "\"}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/login",
                "{\"phone\":true,\"password\":\"x\"}",
                ErrorCode.BAD_REQUEST),
            new Case("POST", "/api/v1/user/email/code", "{}", ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/email/code",
                "{\"email\":\"not-an-address\"}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/email/verify",
                "{\"email\":\"a@b.org\"}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/email/verify",
                "{\"email\":\"a@b.org\",\"code\":123456}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/phone/code",
                "{\"phone\":13800000000}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "POST", "/api/v1/user/phone/code", "{\"phone\":\"12\"}", ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/phone/verify",
                "{\"phone\":\"" + u.phone() + "\"}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "PUT",
                "/api/v1/user/reset_pwd",
                "{\"phone\":\"" + u.phone() + "\",\"code\":\"123456\"}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "PUT",
                "/api/v1/user/reset_pwd",
                "{\"phone\":\"" + u.phone() + "\",\"code\":\"123456\",\"password\":[\"x\"]}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/email/bind",
                "{\"email\":\"a@b.org\"}",
                ErrorCode.BAD_REQUEST),
            new Case("PUT", "/api/v1/user/update", "{\"sex\":1.5}", ErrorCode.BAD_REQUEST),
            new Case("PUT", "/api/v1/user/update", "{\"avatar\":{}}", ErrorCode.BAD_REQUEST),
            new Case("PUT", "/api/v1/user/settings", "{\"settings\":42}", ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/upload/presign",
                "{\"purpose\":\"avatar\"}",
                ErrorCode.BAD_REQUEST),
            new Case(
                "POST",
                "/api/v1/user/upload/presign",
                "{\"purpose\":\"avatar\",\"fileName\":\"a.png\",\"contentType\":\"image/png\",\"size\":\"big\"}",
                ErrorCode.BAD_REQUEST),
            new Case("POST", "/api/v1/user/upload/complete", "{}", ErrorCode.BAD_REQUEST));

    for (Case c : cases) {
      Api.Resp r = api.json(c.method(), c.path(), c.body(), u.token());
      assertThat(r.status()).as(c + " -> " + r.raw()).isEqualTo(400);
      assertThat(r.code()).as(c.toString()).isEqualTo(c.code().code());
      assertThat(r.data().isNull()).as(c.toString()).isTrue();
    }

    Api.Resp detail = api.get("/api/v1/user/detail", u.token());
    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.data().path("info").path("nickname").asText()).isEqualTo("Unchanged");
    assertThat(detail.data().path("info").path("sex").asInt()).isZero();
    assertThat(detail.data().path("info").path("avatar").asText()).isEmpty();
    assertThat(api.get("/api/v1/user/settings", u.token()).data().path("settings").asText())
        .isEqualTo("{}");
    Api.Resp login =
        api.post(
            "/api/v1/user/login",
            "{\"phone\":\"%s\",\"password\":\"%s\"}".formatted(u.phone(), u.password()),
            null);
    assertThat(login.status()).isEqualTo(200);
  }

  @Test
  void searchQueryOfTheWrongType_is400() {
    TestUser u = Users.register(api, "Query");
    for (String query : new String[] {"name=a&page=x", "name=a&size=1.5", "name=a&page=-1"}) {
      Api.Resp r = api.get("/api/v1/user/search?" + query, u.token());
      assertThat(r.status()).as(query + " -> " + r.raw()).isEqualTo(400);
      assertThat(r.code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
    }
  }
}
