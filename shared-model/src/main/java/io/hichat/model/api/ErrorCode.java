package io.hichat.model.api;

/**
 * HiChat's one error vocabulary: a business code, the HTTP status it travels with, and a default
 * message. HTTP responses, WebSocket error frames and logs all come from here.
 *
 * <p>Codes {@code 1000xx} are protocol-level and shared by every domain (the first four keep the
 * reference system's numbers); {@code 2001xx} belong to accounts, {@code 2002xx} to friends, {@code
 * 2003xx} to groups, {@code 2004xx} to chat.
 */
public enum ErrorCode {
  INTERNAL(100001, 500, "internal server error"),
  BAD_REQUEST(100002, 400, "request parameter error"),
  TOKEN_EXPIRED(100003, 401, "token expired"),
  UNAUTHORIZED(100005, 401, "missing or invalid token"),
  FORBIDDEN(100006, 403, "not allowed to touch this object"),
  NOT_FOUND(100007, 404, "not found"),
  ROUTE_NOT_FOUND(100008, 404, "no such endpoint"),
  METHOD_NOT_ALLOWED(100009, 405, "method not allowed on this endpoint"),
  MALFORMED_JSON(100010, 400, "malformed JSON body"),
  PAYLOAD_TOO_LARGE(100011, 413, "request body too large"),
  UNSUPPORTED_MEDIA_TYPE(100012, 415, "unsupported content type"),
  RATE_LIMITED(100013, 429, "too many requests, try again later"),
  CONFLICT(100014, 409, "conflicts with the current state"),
  UNAVAILABLE(100015, 503, "a backing service is unavailable"),

  PHONE_ALREADY_REGISTERED(200101, 409, "phone already registered"),
  INVALID_CREDENTIALS(200102, 401, "wrong phone or password"),
  CODE_INVALID(200103, 400, "verification code is wrong or expired"),
  CODE_RATE_LIMITED(200104, 429, "verification codes are sent too often for this target"),
  LOGIN_LOCKED(200105, 429, "too many failed logins, try again later"),
  USER_NOT_FOUND(200106, 404, "user not found"),
  EMAIL_IN_USE(200107, 409, "email already bound to another account"),
  UPLOAD_TYPE_REJECTED(200108, 415, "file type not accepted here"),
  UPLOAD_TOO_LARGE(200109, 413, "file too large"),
  FAVORITE_NOT_FOUND(200110, 404, "favorite not found"),
  EMOJI_NOT_FOUND(200111, 404, "sticker not found"),
  INVALID_SETTINGS(200112, 400, "settings must be a JSON object"),
  TOKEN_REVOKED(200113, 401, "token revoked"),
  UPLOAD_NOT_FOUND(200114, 404, "no uploaded object under this key"),
  OLD_PASSWORD_WRONG(200115, 400, "the current password is wrong"),

  FRIEND_REQUEST_NOT_FOUND(200201, 404, "friend request not found"),
  FRIEND_REQUEST_HANDLED(200202, 409, "friend request already handled with another result"),
  NOT_FRIENDS(200203, 404, "not friends with this user"),
  CANNOT_BEFRIEND_SELF(200204, 400, "cannot send a friend request to yourself"),
  FRIEND_BLOCKED(200205, 403, "this user does not accept friend requests from you"),

  GROUP_NOT_FOUND(200301, 404, "group not found"),
  NOT_GROUP_MEMBER(200302, 403, "not a member of this group"),
  GROUP_ADMIN_REQUIRED(200303, 403, "only the group's owner or an admin may do this"),
  GROUP_OWNER_REQUIRED(200304, 403, "only the group's owner may do this"),
  GROUP_FULL(200305, 409, "the group has reached its member limit"),
  GROUP_UNAVAILABLE(200306, 409, "the group is disbanded or banned"),
  GROUP_APPLY_TOO_OFTEN(200307, 429, "one application per group per minute"),
  GROUP_REQUEST_NOT_FOUND(200308, 404, "group request not found"),
  GROUP_REQUEST_HANDLED(200309, 409, "the group request was already handled otherwise"),
  GROUP_INVITATION_NOT_FOUND(200310, 404, "group invitation not found"),
  GROUP_INVITATION_HANDLED(200311, 409, "the invitation was already answered otherwise"),
  INVITE_LINK_NOT_FOUND(200312, 404, "invite link not found"),
  INVITE_LINK_UNUSABLE(200313, 409, "the invite link is revoked, expired or used up"),
  GROUP_OWNER_CANNOT_QUIT(200314, 409, "the owner must transfer the group or disband it first"),
  GROUP_ROLE_TOO_LOW(200315, 403, "admins may act on plain members only"),
  GROUP_TARGET_NOT_MEMBER(200316, 404, "that user is not a member of this group"),
  ALREADY_GROUP_MEMBER(200317, 409, "that user is already a member of this group"),
  ANNOUNCEMENT_NOT_FOUND(200318, 404, "announcement not found"),

  NOT_FRIEND_PEER(200401, 403, "the other party is not your friend"),
  REMOVED_FROM_GROUP(200402, 403, "you have been removed from the group"),
  BLOCKED_BY_PEER(200403, 403, "the other party does not accept your messages"),
  CONVERSATION_NOT_FOUND(200404, 404, "conversation not found"),
  MESSAGE_NOT_FOUND(200405, 404, "message not found"),
  RECALL_WINDOW_PASSED(200406, 403, "the message is too old to recall"),
  RECALL_NOT_ALLOWED(200407, 403, "only the sender or a group admin may recall this message"),
  INVALID_MESSAGE(200408, 400, "message content does not match its type"),
  UNKNOWN_METHOD(200409, 400, "method does not exist"),
  FRAME_TOO_LARGE(200410, 413, "frame too large"),
  FORGED_SENDER(200411, 403, "sendId must be the connection's own user"),
  SEND_RATE_LIMITED(200412, 429, "sending too fast, slow down");

  private final int code;
  private final int httpStatus;
  private final String message;

  ErrorCode(int code, int httpStatus, String message) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.message = message;
  }

  public int code() {
    return code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String message() {
    return message;
  }
}
