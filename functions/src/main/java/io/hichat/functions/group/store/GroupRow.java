package io.hichat.functions.group.store;

/** A row of {@code groups}; times in unix milliseconds. */
public record GroupRow(
    long id,
    String name,
    String icon,
    String description,
    int status,
    long creatorUid,
    int groupType,
    int isVerify,
    String notification,
    long notificationUid,
    int memberLimit,
    int memberCount,
    long createdAt) {

  public static final int NORMAL = 0;
  public static final int DISBANDED = 1;
  public static final int BANNED = 2;

  public boolean usable() {
    return status == NORMAL;
  }

  public boolean approvalRequired() {
    return isVerify == 1;
  }

  public boolean full() {
    return memberCount >= memberLimit;
  }
}
