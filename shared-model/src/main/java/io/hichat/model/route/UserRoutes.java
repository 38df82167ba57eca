package io.hichat.model.route;

import static io.hichat.model.route.Auth.JWT;
import static io.hichat.model.route.Auth.NONE;
import static io.hichat.model.route.HttpMethod.DELETE;
import static io.hichat.model.route.HttpMethod.GET;
import static io.hichat.model.route.HttpMethod.POST;
import static io.hichat.model.route.HttpMethod.PUT;

import io.hichat.model.api.Empty;
import io.hichat.model.api.IdRequest;
import io.hichat.model.api.IdResult;
import io.hichat.model.api.PageQuery;
import io.hichat.model.api.PageResult;
import io.hichat.model.user.CompleteUploadRequest;
import io.hichat.model.user.EmailCodeRequest;
import io.hichat.model.user.EmailVerifyRequest;
import io.hichat.model.user.EmojiAddRequest;
import io.hichat.model.user.EmojiItem;
import io.hichat.model.user.FavoriteAddRequest;
import io.hichat.model.user.FavoriteItem;
import io.hichat.model.user.FavoriteQuery;
import io.hichat.model.user.FileUploadResult;
import io.hichat.model.user.JwkSet;
import io.hichat.model.user.LoginRequest;
import io.hichat.model.user.OpenIdConfiguration;
import io.hichat.model.user.PhoneCodeRequest;
import io.hichat.model.user.PhoneCodeResult;
import io.hichat.model.user.PhoneVerifyRequest;
import io.hichat.model.user.PresignUploadRequest;
import io.hichat.model.user.PresignUploadResult;
import io.hichat.model.user.RegisterRequest;
import io.hichat.model.user.ResetPasswordRequest;
import io.hichat.model.user.SettingsRequest;
import io.hichat.model.user.SettingsResult;
import io.hichat.model.user.TokenResult;
import io.hichat.model.user.UpdateUserRequest;
import io.hichat.model.user.UploadUrlResult;
import io.hichat.model.user.UserDetailResult;
import io.hichat.model.user.UserSearchQuery;
import io.hichat.model.user.UserSearchResult;
import java.util.List;

/**
 * Accounts: SEED-SPEC §1.1 (U1–U23), plus direct uploads, the JWK set and the OpenID discovery
 * document.
 */
public final class UserRoutes {

  public static final String PREFIX = "/api/v1/user";

  /**
   * Multipart uploads travel base64-encoded inside a Lambda event whose limit is 6 MB, so a file
   * may be at most 4 MiB; larger files use the presigned flow.
   */
  public static final int MAX_MULTIPART_FILE_BYTES = 4 * 1024 * 1024;

  static final int MAX_MULTIPART_BODY_BYTES = MAX_MULTIPART_FILE_BYTES + 64 * 1024;

  private UserRoutes() {}

  static List<Route> all() {
    RouteBuilder r = new RouteBuilder("user", PREFIX);
    return List.of(
            r.json(
                    POST,
                    "/register",
                    "userRegister",
                    NONE,
                    RegisterRequest.class,
                    TokenResult.class)
                .summary("Register with phone, password and the phone's verification code"),
            r.json(POST, "/login", "userLogin", NONE, LoginRequest.class, TokenResult.class)
                .summary("Log in with phone and password"),
            r.json(
                    POST,
                    "/email/code",
                    "userEmailCode",
                    NONE,
                    EmailCodeRequest.class,
                    PhoneCodeResult.class)
                .summary("Send a verification code to an email address; dev mode returns it"),
            r.json(
                    POST,
                    "/email/verify",
                    "userEmailVerify",
                    NONE,
                    EmailVerifyRequest.class,
                    Empty.class)
                .summary("Check (and use up) an email verification code"),
            r.json(
                    POST,
                    "/phone/code",
                    "userPhoneCode",
                    NONE,
                    PhoneCodeRequest.class,
                    PhoneCodeResult.class)
                .summary("Send a verification code to a phone; dev mode returns it"),
            r.json(
                    POST,
                    "/phone/verify",
                    "userPhoneVerify",
                    NONE,
                    PhoneVerifyRequest.class,
                    Empty.class)
                .summary("Check (and use up) a phone verification code"),
            r.json(
                    PUT,
                    "/reset_pwd",
                    "userResetPassword",
                    NONE,
                    ResetPasswordRequest.class,
                    Empty.class)
                .summary("Reset the password with a phone or email code; revokes all tokens"),
            r.none(GET, "/detail", "userDetail", JWT, UserDetailResult.class)
                .summary("The caller's profile"),
            r.json(PUT, "/update", "userUpdate", JWT, UpdateUserRequest.class, Empty.class)
                .summary("Partial profile update"),
            r.multipart(POST, "/avatar/upload", "userAvatarUpload", UploadUrlResult.class)
                .summary("Upload an avatar image (multipart field file) and set it"),
            r.json(POST, "/email/bind", "userEmailBind", JWT, EmailVerifyRequest.class, Empty.class)
                .summary("Bind or change the email with a code sent to it"),
            r.query(GET, "/search", "userSearch", UserSearchQuery.class, UserSearchResult.class)
                .summary(
                    "Search users by nickname (fuzzy, paged) or exactly by phone, email or ids"),
            r.none(DELETE, "/logout", "userDelete", JWT, Empty.class)
                .summary("Delete the caller's account and revoke its tokens"),
            r.json(POST, "/favorite", "favoriteAdd", JWT, FavoriteAddRequest.class, IdResult.class)
                .summary("Add a favorite"),
            r.json(DELETE, "/favorite", "favoriteDelete", JWT, IdRequest.class, Empty.class)
                .summary("Delete one of the caller's favorites"),
            r.query(GET, "/favorites", "favoriteList", FavoriteQuery.class, PageResult.class)
                .item(FavoriteItem.class)
                .summary("List the caller's favorites"),
            r.multipart(POST, "/favorite/upload", "favoriteUpload", FileUploadResult.class)
                .summary("Upload a file for a favorite"),
            r.json(POST, "/emoji", "emojiAdd", JWT, EmojiAddRequest.class, IdResult.class)
                .summary("Add a custom sticker"),
            r.json(DELETE, "/emoji", "emojiDelete", JWT, IdRequest.class, Empty.class)
                .summary("Delete one of the caller's stickers"),
            r.query(GET, "/emojis", "emojiList", PageQuery.class, PageResult.class)
                .item(EmojiItem.class)
                .summary("List the caller's stickers"),
            r.multipart(POST, "/emoji/upload", "emojiUpload", FileUploadResult.class)
                .summary("Upload a sticker image"),
            r.none(GET, "/settings", "settingsGet", JWT, SettingsResult.class)
                .summary("The caller's settings blob"),
            r.json(PUT, "/settings", "settingsPut", JWT, SettingsRequest.class, Empty.class)
                .summary("Overwrite the caller's settings blob"),
            r.json(
                    POST,
                    "/upload/presign",
                    "uploadPresign",
                    JWT,
                    PresignUploadRequest.class,
                    PresignUploadResult.class)
                .summary(
                    "Start a direct upload to storage (files larger than the multipart limit)"),
            r.json(
                    POST,
                    "/upload/complete",
                    "uploadComplete",
                    JWT,
                    CompleteUploadRequest.class,
                    FileUploadResult.class)
                .summary("Finish a direct upload; the object is checked and its URL returned"),
            new RouteBuilder("user", "")
                .none(GET, "/.well-known/jwks.json", "jwks", NONE, JwkSet.class)
                .summary("The public keys that sign HiChat access tokens"),
            new RouteBuilder("user", "")
                .none(
                    GET,
                    "/.well-known/openid-configuration",
                    "openidConfiguration",
                    NONE,
                    OpenIdConfiguration.class)
                .summary(
                    "OpenID discovery: the token issuer and where its keys are (for JWT"
                        + " authorizers such as API Gateway's)"))
        .stream()
        .map(RouteBuilder.Pending::build)
        .toList();
  }

  /** The body limit of multipart routes, exposed for tests. */
  public static int maxMultipartBodyBytes() {
    return MAX_MULTIPART_BODY_BYTES;
  }
}
