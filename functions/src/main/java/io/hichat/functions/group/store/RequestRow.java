package io.hichat.functions.group.store;

/** A row of {@code group_requests}; times in unix milliseconds (0 = not yet). */
public record RequestRow(
    long id,
    long groupId,
    long userId,
    String reqMsg,
    long reqTime,
    int joinSource,
    int sourceType,
    long inviterUserId,
    long handleUserId,
    long handleTime,
    int handleResult,
    String handleMsg,
    String invalidReason,
    int actualJoinSource,
    long sourceInvitationId) {

  public static final int PENDING = 0;
  public static final int ACCEPTED = 1;
  public static final int REJECTED = 2;
  public static final int INVALIDATED = 3;

  public boolean pending() {
    return handleResult == PENDING;
  }
}
