package io.hichat.functions.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.functions.user.store.UserStore;
import io.hichat.model.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** The account rules of SEED-SPEC §5.1 and HiChat's additions, against the real engines. */
class AccountRulesIT {

  final Api api = TestStack.get().api();
  final UserStore users = TestStack.get().bean(UserStore.class);

  @Test
  void registerWithWrongCode_isRejected_andCreatesNoUser() {
    String phone = Users.newPhone();
    String code = Users.phoneCode(api, phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    Api.Resp r = register(phone, "secret-1", wrong);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo(ErrorCode.CODE_INVALID.code());
    assertThat(users.byPhone(phone)).isEmpty();
    // the right code still works after one wrong guess
    assertThat(register(phone, "secret-1", code).status()).isEqualTo(200);
  }

  @Test
  void codeIsDropped_afterFiveWrongGuesses() {
    String phone = Users.newPhone();
    String code = Users.phoneCode(api, phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertThat(verify(phone, wrong).code()).isEqualTo(ErrorCode.CODE_INVALID.code());
    }
    assertThat(verify(phone, code).code()).isEqualTo(ErrorCode.CODE_INVALID.code());
  }

  @Test
  void codeIsSingleUse() {
    String phone = Users.newPhone();
    String code = Users.phoneCode(api, phone);
    assertThat(verify(phone, code).status()).isEqualTo(200);
    assertThat(verify(phone, code).code()).isEqualTo(ErrorCode.CODE_INVALID.code());
  }

  @Test
  void secondCodeWithinAMinute_is429() {
    String phone = Users.newPhone();
    Users.phoneCode(api, phone);
    Api.Resp again = api.post("/api/v1/user/phone/code", "{\"phone\":\"" + phone + "\"}", null);
    assertThat(again.status()).isEqualTo(429);
    assertThat(again.code()).isEqualTo(ErrorCode.CODE_RATE_LIMITED.code());
  }

  @Test
  void sixthFailedLogin_isLockedOut_evenWithTheRightPassword() {
    TestUser u = Users.register(api, "Locked");
    for (int i = 0; i < 5; i++) {
      Api.Resp r = login(u.phone(), "wrong-password");
      assertThat(r.status()).isIn(401, 429);
    }
    Api.Resp locked = login(u.phone(), u.password());
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.code()).isEqualTo(ErrorCode.LOGIN_LOCKED.code());
  }

  @Test
  void loginWithUnknownPhone_isTheSameAnswerAsAWrongPassword() {
    Api.Resp r = login(Users.newPhone(), "whatever-1");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS.code());
  }

  @Test
  void resetPassword_byPhone_revokesOldTokens_andTheNewPasswordWorks() {
    TestUser u = Users.register(api, "Reset");
    Users.forgetCodeLimits("sms", u.phone());
    String code = Users.phoneCode(api, u.phone());
    Api.Resp reset =
        api.put(
            "/api/v1/user/reset_pwd",
            "{\"phone\":\"%s\",\"code\":\"%s\",\"password\":\"brand-new-1\"}"
                .formatted(u.phone(), code),
            null);
    assertThat(reset.status()).as(reset.raw()).isEqualTo(200);
    Api.Resp old = api.get("/api/v1/user/detail", u.token());
    assertThat(old.status()).isEqualTo(401);
    assertThat(old.code()).isEqualTo(ErrorCode.TOKEN_REVOKED.code());
    assertThat(login(u.phone(), u.password()).status()).isEqualTo(401);
    Api.Resp fresh = login(u.phone(), "brand-new-1");
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/user/detail", fresh.data().path("token").asText()).status())
        .isEqualTo(200);
  }

  @Test
  void resetPassword_needsExactlyOneOfPhoneOrEmail() {
    Api.Resp both =
        api.put(
            "/api/v1/user/reset_pwd",
            "{\"phone\":\"13000000000\",\"email\":\"a@b.co\",\"code\":\"123456\",\"password\":\"abcdef\"}",
            null);
    assertThat(both.status()).isEqualTo(400);
    Api.Resp none =
        api.put("/api/v1/user/reset_pwd", "{\"code\":\"123456\",\"password\":\"abcdef\"}", null);
    assertThat(none.status()).isEqualTo(400);
  }

  @Test
  void bindEmail_thenResetByEmail() {
    TestUser u = Users.register(api, "Mail");
    String email = "u" + u.id() + "@example.org";
    String code = emailCode(email);
    Api.Resp bind =
        api.post(
            "/api/v1/user/email/bind",
            "{\"email\":\"%s\",\"code\":\"%s\"}".formatted(email, code),
            u.token());
    assertThat(bind.status()).as(bind.raw()).isEqualTo(200);
    assertThat(api.get("/api/v1/user/detail", u.token()).data().path("info").path("email").asText())
        .isEqualTo(email);

    // another account cannot take the same email
    TestUser other = Users.register(api, "Other");
    Api.Resp taken =
        api.post(
            "/api/v1/user/email/bind",
            "{\"email\":\"%s\",\"code\":\"123456\"}".formatted(email),
            other.token());
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo(ErrorCode.EMAIL_IN_USE.code());

    Users.forgetCodeLimits("email", email);
    String resetCode = emailCode(email);
    Api.Resp reset =
        api.put(
            "/api/v1/user/reset_pwd",
            "{\"email\":\"%s\",\"code\":\"%s\",\"password\":\"by-mail-1\"}"
                .formatted(email, resetCode),
            null);
    assertThat(reset.status()).as(reset.raw()).isEqualTo(200);
    assertThat(login(u.phone(), "by-mail-1").status()).isEqualTo(200);
  }

  @Test
  void update_cannotChangeType_norPasswordWithoutOldPassword_andChangesNothingWhenRefused() {
    TestUser u = Users.register(api, "Guarded");
    Api.Resp type = api.put("/api/v1/user/update", "{\"name\":\"X\",\"type\":1}", u.token());
    assertThat(type.status()).isEqualTo(403);
    Api.Resp noOld =
        api.put("/api/v1/user/update", "{\"name\":\"X\",\"password\":\"newpass-1\"}", u.token());
    assertThat(noOld.status()).isEqualTo(400);
    Api.Resp wrongOld =
        api.put(
            "/api/v1/user/update",
            "{\"name\":\"X\",\"password\":\"newpass-1\",\"oldPassword\":\"nope-nope\"}",
            u.token());
    assertThat(wrongOld.status()).isEqualTo(400);
    assertThat(wrongOld.code()).isEqualTo(ErrorCode.OLD_PASSWORD_WRONG.code());
    assertThat(
            api.get("/api/v1/user/detail", u.token()).data().path("info").path("nickname").asText())
        .isEqualTo("Guarded");
    assertThat(login(u.phone(), u.password()).status()).isEqualTo(200);
  }

  @Test
  void update_changingPassword_revokesTokens() {
    TestUser u = Users.register(api, "Changer");
    Api.Resp r =
        api.put(
            "/api/v1/user/update",
            "{\"password\":\"changed-1\",\"oldPassword\":\"%s\"}".formatted(u.password()),
            u.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(api.get("/api/v1/user/detail", u.token()).status()).isEqualTo(401);
    assertThat(login(u.phone(), "changed-1").status()).isEqualTo(200);
  }

  @Test
  void update_changingPhone_needsACodeForTheNewPhone() {
    TestUser u = Users.register(api, "Mover");
    String newPhone = Users.newPhone();
    Api.Resp noCode =
        api.put("/api/v1/user/update", "{\"phone\":\"%s\"}".formatted(newPhone), u.token());
    assertThat(noCode.status()).isEqualTo(400);
    String code = Users.phoneCode(api, newPhone);
    Api.Resp moved =
        api.put(
            "/api/v1/user/update",
            "{\"phone\":\"%s\",\"phoneCode\":\"%s\"}".formatted(newPhone, code),
            u.token());
    assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
    assertThat(login(newPhone, u.password()).status()).isEqualTo(200);
  }

  @Test
  void update_badValues_are400_andChangeNothing() {
    TestUser u = Users.register(api, "Strict");
    for (String body :
        new String[] {
          "{\"sex\":7}",
          "{\"sex\":\"1\"}",
          "{\"name\":\"\"}",
          "{\"name\":\"" + "x".repeat(65) + "\"}",
          "{\"tags\":\"not json\"}",
          "{\"tags\":\"[1,2]\"}",
          "{\"introduction\":\"" + "y".repeat(101) + "\"}",
          "{\"region\":42}",
          "{\"name\":",
        }) {
      Api.Resp r = api.put("/api/v1/user/update", body, u.token());
      assertThat(r.status()).as(body + " -> " + r.raw()).isEqualTo(400);
    }
    var info = api.get("/api/v1/user/detail", u.token()).data().path("info");
    assertThat(info.path("nickname").asText()).isEqualTo("Strict");
    assertThat(info.path("sex").asInt()).isZero();
  }

  @Test
  void search_honoursPrivacySwitches() {
    TestUser shy = Users.register(api, "Shy");
    TestUser seeker = Users.register(api, "Seeker");
    assertThat(searchTotal("phone=" + shy.phone(), seeker)).isEqualTo(1);
    assertThat(searchTotal("ids=" + shy.id(), seeker)).isEqualTo(1);
    String email = "shy" + shy.id() + "@example.org";
    String code = emailCode(email);
    assertThat(
            api.post(
                    "/api/v1/user/email/bind",
                    "{\"email\":\"%s\",\"code\":\"%s\"}".formatted(email, code),
                    shy.token())
                .status())
        .isEqualTo(200);
    assertThat(searchTotal("email=" + email, seeker)).isEqualTo(1);

    Api.Resp put =
        api.put(
            "/api/v1/user/settings",
            "{\"settings\":\"{\\\"allowSearchByPhone\\\":false,\\\"allowSearchById\\\":false,"
                + "\\\"allowSearchByEmail\\\":false}\"}",
            shy.token());
    assertThat(put.status()).isEqualTo(200);
    assertThat(searchTotal("phone=" + shy.phone(), seeker)).isZero();
    assertThat(searchTotal("ids=" + shy.id(), seeker)).isZero();
    assertThat(searchTotal("email=" + email, seeker)).isZero();
    // one's own profile is always found
    assertThat(searchTotal("ids=" + shy.id(), shy)).isEqualTo(1);
  }

  @Test
  void search_withoutCriteria_orWithBadIds_is400() {
    TestUser u = Users.register(api, "Searcher");
    assertThat(api.get("/api/v1/user/search", u.token()).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/user/search?ids=abc", u.token()).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/user/search?name=a&size=1000", u.token()).status()).isEqualTo(400);
  }

  @Test
  void registerBadInput_is400_andCreatesNothing() {
    String phone = Users.newPhone();
    for (String body :
        new String[] {
          "{}",
          "{\"phone\":\"%s\",\"password\":\"short\",\"phoneCode\":\"123456\"}".formatted(phone),
          "{\"phone\":\"abc\",\"password\":\"secret-1\",\"phoneCode\":\"123456\"}",
          "{\"phone\":\"%s\",\"password\":\"secret-1\",\"phoneCode\":\"12\"}".formatted(phone),
          "{\"phone\":\"%s\",\"password\":\"secret-1\",\"phoneCode\":123456}".formatted(phone),
          "{\"phone\":\"%s\",\"password\":\"secret-1\",\"phoneCode\":\"123456\",\"sex\":9}"
              .formatted(phone),
        }) {
      Api.Resp r = api.post("/api/v1/user/register", body, null);
      assertThat(r.status()).as(body + " -> " + r.raw()).isEqualTo(400);
    }
    assertThat(users.byPhone(phone)).isEmpty();
  }

  @Test
  void settingsMustBeAJsonObject() {
    TestUser u = Users.register(api, "Settings");
    for (String body :
        new String[] {
          "{\"settings\":\"[1]\"}", "{\"settings\":\"nope\"}", "{\"settings\":{}}", "{}"
        }) {
      Api.Resp r = api.put("/api/v1/user/settings", body, u.token());
      assertThat(r.status()).as(body + " -> " + r.raw()).isEqualTo(400);
    }
    assertThat(api.get("/api/v1/user/settings", u.token()).data().path("settings").asText())
        .isEqualTo("{}");
  }

  @Test
  void jwks_servesThePublicKey_only() {
    Api.Resp r = api.get("/.well-known/jwks.json", null);
    assertThat(r.status()).isEqualTo(200);
    var key = r.body().path("keys").get(0);
    assertThat(key.path("kty").asText()).isEqualTo("EC");
    assertThat(key.path("crv").asText()).isEqualTo("P-256");
    assertThat(key.path("kid").asText()).isNotBlank();
    assertThat(key.has("d")).isFalse();
  }

  @Test
  void openidConfiguration_pointsAtTheKeySet_withoutTheEnvelope() {
    Api.Resp r = api.get("/.well-known/openid-configuration", null);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.body().has("code")).isFalse();
    assertThat(r.body().path("issuer").asText()).isEqualTo("hichat");
    assertThat(r.body().path("jwks_uri").asText()).endsWith("/.well-known/jwks.json");
    assertThat(r.body().path("id_token_signing_alg_values_supported").get(0).asText())
        .isEqualTo("ES256");
  }

  private long searchTotal(String query, TestUser as) {
    Api.Resp r = api.get("/api/v1/user/search?" + query, as.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.data().path("total").asLong();
  }

  private String emailCode(String email) {
    Api.Resp r = api.post("/api/v1/user/email/code", "{\"email\":\"" + email + "\"}", null);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.data().path("code").asText();
  }

  private Api.Resp verify(String phone, String code) {
    return api.post(
        "/api/v1/user/phone/verify",
        "{\"phone\":\"%s\",\"code\":\"%s\"}".formatted(phone, code),
        null);
  }

  private Api.Resp register(String phone, String password, String code) {
    return api.post(
        "/api/v1/user/register",
        "{\"phone\":\"%s\",\"password\":\"%s\",\"phoneCode\":\"%s\"}"
            .formatted(phone, password, code),
        null);
  }

  private Api.Resp login(String phone, String password) {
    return api.post(
        "/api/v1/user/login",
        "{\"phone\":\"%s\",\"password\":\"%s\"}".formatted(phone, password),
        null);
  }
}
