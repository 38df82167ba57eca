package io.hichat.functions.social.store;

/**
 * One direction of a friendship as its owner sees it: their settings for {@code friendUid} and the
 * friend's profile.
 *
 * @param friendTags a JSON array of strings
 */
public record FriendRow(
    long friendUid,
    String remark,
    boolean blacklisted,
    int momentsPermission,
    boolean notifyEnabled,
    boolean pinned,
    boolean muted,
    String friendTags,
    PeerProfile profile) {}
