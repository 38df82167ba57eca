package io.hichat.model.openapi;

import static io.hichat.model.api.ErrorCode.ALREADY_GROUP_MEMBER;
import static io.hichat.model.api.ErrorCode.ANNOUNCEMENT_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.BAD_REQUEST;
import static io.hichat.model.api.ErrorCode.CANNOT_BEFRIEND_SELF;
import static io.hichat.model.api.ErrorCode.CODE_INVALID;
import static io.hichat.model.api.ErrorCode.CODE_RATE_LIMITED;
import static io.hichat.model.api.ErrorCode.CONFLICT;
import static io.hichat.model.api.ErrorCode.CONVERSATION_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.EMAIL_IN_USE;
import static io.hichat.model.api.ErrorCode.EMOJI_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.FAVORITE_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.FORBIDDEN;
import static io.hichat.model.api.ErrorCode.FORGED_SENDER;
import static io.hichat.model.api.ErrorCode.FRIEND_BLOCKED;
import static io.hichat.model.api.ErrorCode.FRIEND_REQUEST_HANDLED;
import static io.hichat.model.api.ErrorCode.FRIEND_REQUEST_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.GROUP_ADMIN_REQUIRED;
import static io.hichat.model.api.ErrorCode.GROUP_APPLY_TOO_OFTEN;
import static io.hichat.model.api.ErrorCode.GROUP_FULL;
import static io.hichat.model.api.ErrorCode.GROUP_INVITATION_HANDLED;
import static io.hichat.model.api.ErrorCode.GROUP_INVITATION_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.GROUP_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.GROUP_OWNER_CANNOT_QUIT;
import static io.hichat.model.api.ErrorCode.GROUP_OWNER_REQUIRED;
import static io.hichat.model.api.ErrorCode.GROUP_REQUEST_HANDLED;
import static io.hichat.model.api.ErrorCode.GROUP_REQUEST_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.GROUP_ROLE_TOO_LOW;
import static io.hichat.model.api.ErrorCode.GROUP_TARGET_NOT_MEMBER;
import static io.hichat.model.api.ErrorCode.GROUP_UNAVAILABLE;
import static io.hichat.model.api.ErrorCode.INTERNAL;
import static io.hichat.model.api.ErrorCode.INVALID_CREDENTIALS;
import static io.hichat.model.api.ErrorCode.INVALID_SETTINGS;
import static io.hichat.model.api.ErrorCode.INVITE_LINK_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.INVITE_LINK_UNUSABLE;
import static io.hichat.model.api.ErrorCode.LOGIN_LOCKED;
import static io.hichat.model.api.ErrorCode.MALFORMED_JSON;
import static io.hichat.model.api.ErrorCode.MESSAGE_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.NOT_FRIENDS;
import static io.hichat.model.api.ErrorCode.NOT_FRIEND_PEER;
import static io.hichat.model.api.ErrorCode.NOT_GROUP_MEMBER;
import static io.hichat.model.api.ErrorCode.OLD_PASSWORD_WRONG;
import static io.hichat.model.api.ErrorCode.PAYLOAD_TOO_LARGE;
import static io.hichat.model.api.ErrorCode.PHONE_ALREADY_REGISTERED;
import static io.hichat.model.api.ErrorCode.RECALL_NOT_ALLOWED;
import static io.hichat.model.api.ErrorCode.RECALL_WINDOW_PASSED;
import static io.hichat.model.api.ErrorCode.TOKEN_EXPIRED;
import static io.hichat.model.api.ErrorCode.TOKEN_REVOKED;
import static io.hichat.model.api.ErrorCode.UNAUTHORIZED;
import static io.hichat.model.api.ErrorCode.UNAVAILABLE;
import static io.hichat.model.api.ErrorCode.UNSUPPORTED_MEDIA_TYPE;
import static io.hichat.model.api.ErrorCode.UPLOAD_NOT_FOUND;
import static io.hichat.model.api.ErrorCode.UPLOAD_TOO_LARGE;
import static io.hichat.model.api.ErrorCode.UPLOAD_TYPE_REJECTED;
import static io.hichat.model.api.ErrorCode.USER_NOT_FOUND;

import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.Auth;
import io.hichat.model.route.Input;
import io.hichat.model.route.Route;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The errors a route can answer: those that follow from how it is called (a body can be malformed
 * or too large, a token missing or revoked, a multipart body of the wrong type), and the ones its
 * function's rules raise, listed here per function.
 *
 * <p>The second list repeats what the functions' code throws. It lives here until the route
 * catalogue carries it; {@code OpenApiGeneratorTest} checks that every function it names is a
 * catalogue route. A route missing from it is documented with its call errors only.
 */
final class RouteErrors {

  static final Map<String, List<ErrorCode>> BY_FUNCTION =
      Map.ofEntries(
          Map.entry("userRegister", List.of(CODE_INVALID, PHONE_ALREADY_REGISTERED)),
          Map.entry("userLogin", List.of(INVALID_CREDENTIALS, LOGIN_LOCKED)),
          Map.entry("userEmailCode", List.of(CODE_RATE_LIMITED)),
          Map.entry("userEmailVerify", List.of(CODE_INVALID)),
          Map.entry("userPhoneCode", List.of(CODE_RATE_LIMITED)),
          Map.entry("userPhoneVerify", List.of(CODE_INVALID)),
          Map.entry("userResetPassword", List.of(CODE_INVALID)),
          Map.entry("userDetail", List.of(USER_NOT_FOUND)),
          Map.entry(
              "userUpdate",
              List.of(
                  CODE_INVALID,
                  OLD_PASSWORD_WRONG,
                  FORBIDDEN,
                  USER_NOT_FOUND,
                  PHONE_ALREADY_REGISTERED)),
          Map.entry("userAvatarUpload", List.of(UPLOAD_TOO_LARGE, UPLOAD_TYPE_REJECTED)),
          Map.entry("userEmailBind", List.of(CODE_INVALID, USER_NOT_FOUND, EMAIL_IN_USE)),
          Map.entry("userDelete", List.of(USER_NOT_FOUND)),
          Map.entry("favoriteDelete", List.of(FAVORITE_NOT_FOUND)),
          Map.entry("favoriteUpload", List.of(UPLOAD_TOO_LARGE, UPLOAD_TYPE_REJECTED)),
          Map.entry("emojiAdd", List.of(CONFLICT)),
          Map.entry("emojiDelete", List.of(EMOJI_NOT_FOUND)),
          Map.entry("emojiUpload", List.of(UPLOAD_TOO_LARGE, UPLOAD_TYPE_REJECTED)),
          Map.entry("settingsPut", List.of(INVALID_SETTINGS)),
          Map.entry("uploadPresign", List.of(UPLOAD_TOO_LARGE, UPLOAD_TYPE_REJECTED)),
          Map.entry("uploadComplete", List.of(UPLOAD_NOT_FOUND, UPLOAD_TYPE_REJECTED)),
          Map.entry("friendPutIn", List.of(CANNOT_BEFRIEND_SELF, USER_NOT_FOUND, FRIEND_BLOCKED)),
          Map.entry("friendPutInHandle", List.of(FRIEND_REQUEST_NOT_FOUND, FRIEND_REQUEST_HANDLED)),
          Map.entry("friendPutInRead", List.of(FRIEND_REQUEST_NOT_FOUND)),
          Map.entry("friendPutInDelete", List.of(FRIEND_REQUEST_NOT_FOUND)),
          Map.entry("friendRemark", List.of(NOT_FRIENDS)),
          Map.entry("friendDelete", List.of(NOT_FRIENDS)),
          Map.entry("friendBlock", List.of(NOT_FRIENDS)),
          Map.entry("friendMomentsPermission", List.of(NOT_FRIENDS)),
          Map.entry("friendNotification", List.of(NOT_FRIENDS)),
          Map.entry("friendPin", List.of(NOT_FRIENDS)),
          Map.entry("friendMute", List.of(NOT_FRIENDS)),
          Map.entry("friendTags", List.of(NOT_FRIENDS)),
          Map.entry("friendReport", List.of(NOT_FRIENDS)),
          Map.entry("friendShare", List.of(NOT_FRIENDS)),
          Map.entry(
              "groupApply",
              List.of(GROUP_NOT_FOUND, GROUP_UNAVAILABLE, GROUP_FULL, GROUP_APPLY_TOO_OFTEN)),
          Map.entry(
              "groupHandle",
              List.of(
                  GROUP_REQUEST_NOT_FOUND,
                  GROUP_NOT_FOUND,
                  NOT_GROUP_MEMBER,
                  GROUP_ADMIN_REQUIRED,
                  GROUP_REQUEST_HANDLED)),
          Map.entry(
              "groupRequests", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_ADMIN_REQUIRED)),
          Map.entry("groupUsers", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER)),
          Map.entry("groupUsersOnline", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER)),
          Map.entry(
              "groupQuit", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_OWNER_CANNOT_QUIT)),
          Map.entry(
              "groupKick",
              List.of(
                  GROUP_NOT_FOUND,
                  NOT_GROUP_MEMBER,
                  GROUP_ADMIN_REQUIRED,
                  GROUP_ROLE_TOO_LOW,
                  GROUP_TARGET_NOT_MEMBER)),
          Map.entry(
              "groupInvite",
              List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_UNAVAILABLE, USER_NOT_FOUND)),
          Map.entry(
              "groupInvitationCreate",
              List.of(
                  GROUP_NOT_FOUND,
                  NOT_GROUP_MEMBER,
                  GROUP_UNAVAILABLE,
                  USER_NOT_FOUND,
                  ALREADY_GROUP_MEMBER)),
          Map.entry(
              "groupInvitationHandle",
              List.of(GROUP_INVITATION_NOT_FOUND, GROUP_INVITATION_HANDLED, GROUP_FULL)),
          Map.entry(
              "groupUpdate",
              List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_ADMIN_REQUIRED, GROUP_UNAVAILABLE)),
          Map.entry("groupDetail", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER)),
          Map.entry(
              "groupDisband", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_OWNER_REQUIRED)),
          Map.entry(
              "groupTransferOwner",
              List.of(
                  GROUP_NOT_FOUND,
                  NOT_GROUP_MEMBER,
                  GROUP_OWNER_REQUIRED,
                  GROUP_UNAVAILABLE,
                  GROUP_TARGET_NOT_MEMBER)),
          Map.entry(
              "groupSetAdmin",
              List.of(
                  GROUP_NOT_FOUND,
                  NOT_GROUP_MEMBER,
                  GROUP_OWNER_REQUIRED,
                  GROUP_UNAVAILABLE,
                  GROUP_TARGET_NOT_MEMBER)),
          Map.entry(
              "groupInviteLinkCreate",
              List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_ADMIN_REQUIRED, GROUP_UNAVAILABLE)),
          Map.entry(
              "groupInviteLinkList",
              List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_ADMIN_REQUIRED)),
          Map.entry(
              "groupInviteLinkRevoke",
              List.of(
                  GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_ADMIN_REQUIRED, INVITE_LINK_NOT_FOUND)),
          Map.entry(
              "groupJoinByToken",
              List.of(
                  INVITE_LINK_NOT_FOUND,
                  INVITE_LINK_UNUSABLE,
                  GROUP_NOT_FOUND,
                  GROUP_UNAVAILABLE,
                  GROUP_FULL)),
          Map.entry("groupMemberSettingGet", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER)),
          Map.entry("groupMemberSettingPut", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER)),
          Map.entry("groupAtList", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER)),
          Map.entry(
              "groupAnnouncementCreate",
              List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER, GROUP_ADMIN_REQUIRED, GROUP_UNAVAILABLE)),
          Map.entry("groupAnnouncementList", List.of(GROUP_NOT_FOUND, NOT_GROUP_MEMBER)),
          Map.entry(
              "groupAnnouncementPin",
              List.of(
                  GROUP_NOT_FOUND,
                  NOT_GROUP_MEMBER,
                  GROUP_ADMIN_REQUIRED,
                  GROUP_UNAVAILABLE,
                  ANNOUNCEMENT_NOT_FOUND)),
          Map.entry("imChatLog", List.of(CONVERSATION_NOT_FOUND, MESSAGE_NOT_FOUND)),
          Map.entry("imChatLogAtMe", List.of(CONVERSATION_NOT_FOUND)),
          Map.entry("imReadRecords", List.of(MESSAGE_NOT_FOUND)),
          Map.entry(
              "imRecall",
              List.of(
                  CONVERSATION_NOT_FOUND,
                  MESSAGE_NOT_FOUND,
                  RECALL_WINDOW_PASSED,
                  RECALL_NOT_ALLOWED,
                  UNAVAILABLE)),
          Map.entry("imConversationUpdate", List.of(CONVERSATION_NOT_FOUND)),
          Map.entry("imConversationSettings", List.of(CONVERSATION_NOT_FOUND)),
          Map.entry(
              "imSetupConversation",
              List.of(FORGED_SENDER, NOT_FRIEND_PEER, CONVERSATION_NOT_FOUND)),
          Map.entry("imUpload", List.of(UPLOAD_TOO_LARGE, UPLOAD_TYPE_REJECTED)));

  private RouteErrors() {}

  /** The route's error codes grouped by HTTP status, both in ascending order. */
  static SortedMap<Integer, List<ErrorCode>> of(Route route) {
    Set<ErrorCode> codes = EnumSet.of(INTERNAL);
    if (route.input() != Input.NONE) {
      codes.add(BAD_REQUEST);
      codes.add(PAYLOAD_TOO_LARGE);
    }
    if (route.input() == Input.JSON || route.input() == Input.QUERY) {
      codes.add(MALFORMED_JSON);
    }
    if (route.input() == Input.MULTIPART) {
      codes.add(UNSUPPORTED_MEDIA_TYPE);
      codes.add(UPLOAD_TOO_LARGE);
    }
    if (route.auth() == Auth.JWT) {
      codes.add(UNAUTHORIZED);
      codes.add(TOKEN_EXPIRED);
      codes.add(TOKEN_REVOKED);
    }
    codes.addAll(BY_FUNCTION.getOrDefault(route.function(), List.of()));
    SortedMap<Integer, List<ErrorCode>> byStatus = new TreeMap<>();
    codes.stream()
        .sorted((a, b) -> Integer.compare(a.code(), b.code()))
        .forEach(
            code ->
                byStatus
                    .computeIfAbsent(code.httpStatus(), s -> new java.util.ArrayList<>())
                    .add(code));
    return byStatus;
  }
}
