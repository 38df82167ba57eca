package io.hichat.functions.group.store;

/** A row of {@code group_invite_links}; times in unix milliseconds, 0 = never / not yet. */
public record LinkRow(
    long id,
    long groupId,
    String token,
    long createdBy,
    long expireAt,
    int maxUses,
    int usedCount,
    boolean revoked,
    long revokedAt,
    long createdAt) {

  /** Whether the link can still admit someone at {@code now}. */
  public boolean usable(long now) {
    return !revoked && (expireAt == 0 || expireAt > now) && (maxUses == 0 || usedCount < maxUses);
  }
}
