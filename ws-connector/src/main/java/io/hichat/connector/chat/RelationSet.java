package io.hichat.connector.chat;

import io.hichat.model.delivery.RelationKeys;

/** One of the relation caches of {@link RelationKeys}: whose friends, blocks or members. */
public record RelationSet(Kind kind, long id) {

  public enum Kind {
    /** {@code frd:<userId>}: the user's friends. */
    FRIENDS,
    /** {@code blk:<userId>}: the users the user has blocked. */
    BLOCKS,
    /** {@code grp:mem:<groupId>}: the group's current members. */
    MEMBERS
  }

  public static RelationSet friends(long userId) {
    return new RelationSet(Kind.FRIENDS, userId);
  }

  public static RelationSet blocks(long userId) {
    return new RelationSet(Kind.BLOCKS, userId);
  }

  public static RelationSet members(long groupId) {
    return new RelationSet(Kind.MEMBERS, groupId);
  }

  public String key() {
    return switch (kind) {
      case FRIENDS -> RelationKeys.friends(id);
      case BLOCKS -> RelationKeys.blocks(id);
      case MEMBERS -> RelationKeys.members(id);
    };
  }
}
