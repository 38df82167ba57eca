package io.hichat.functions.group.store;

/** A row of {@code group_invitations}; times in unix milliseconds (0 = not yet). */
public record InvitationRow(
    long id,
    long groupId,
    long inviterUid,
    long inviteeUid,
    int inviterRoleSnapshot,
    String message,
    int status,
    String rejectReason,
    long groupRequestId,
    long createdAt,
    long handledAt,
    long expiresAt) {

  public static final int PENDING = 0;
  public static final int ACCEPTED = 1;
  public static final int REJECTED = 2;
  public static final int INVALIDATED = 3;
  public static final int EXPIRED = 4;
}
