package io.hichat.functions.social.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.delivery.PresenceDirectory;
import io.hichat.functions.social.store.FriendStore;
import io.hichat.functions.social.store.FriendStore.Setting;
import io.hichat.functions.social.store.PairLock;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.RelationEvent;
import io.hichat.model.social.Friend;
import io.hichat.model.social.FriendShareRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Friendships once made (SEED-SPEC §5.2): the caller's settings for each friend, delete, block,
 * report, the friend list and who of it is online. Settings change the caller's own row only; a
 * user who is not the caller's friend is {@code NOT_FRIENDS} and nothing is written.
 */
@Service
public class FriendService {

  private final SocialTx tx;
  private final PairLock pairs;
  private final FriendStore friends;
  private final FriendEvents events;
  private final PresenceDirectory presence;
  private final RelationCache cache;

  public FriendService(
      SocialTx tx,
      PairLock pairs,
      FriendStore friends,
      FriendEvents events,
      PresenceDirectory presence,
      RelationCache cache) {
    this.tx = tx;
    this.pairs = pairs;
    this.friends = friends;
    this.events = events;
    this.presence = presence;
    this.cache = cache;
  }

  /** S7: {@code ""} clears the remark. */
  public void remark(long caller, String friendUid, String remark) {
    long friend = friend(friendUid);
    set(
        caller,
        friend,
        Setting.REMARK,
        FriendInput.clearable(remark, FriendInput.MAX_REMARK, "remark"));
  }

  /** S10: 0 allow, 1 chat only, 2 hide the caller's moments from the friend. */
  public void momentsPermission(long caller, String friendUid, Integer permission) {
    long friend = friend(friendUid);
    int value = Check.range(Check.required(permission, "permission"), 0, 2, 0, "permission");
    set(caller, friend, Setting.MOMENTS_PERMISSION, value);
  }

  /** S11, S12, S13: a switch on the caller's row. */
  public void toggle(long caller, String friendUid, Setting setting, Boolean on, String field) {
    long friend = friend(friendUid);
    set(caller, friend, setting, FriendInput.flag(on, field));
  }

  /** S14: replaces the caller's tags for the friend. */
  public void tags(long caller, String friendUid, List<String> tags) {
    long friend = friend(friendUid);
    set(caller, friend, Setting.FRIEND_TAGS, FriendInput.tagsJson(FriendInput.tags(tags, "tags")));
  }

  /**
   * S9. The block is also kept apart from the friendship, so that it outlives a delete: a user the
   * caller blocks cannot send them a friend request (403) until the caller unblocks them or asks
   * them. The caller's block cache ({@code blk:}) is dropped after the commit, so the gate applies
   * the change to the very next message.
   */
  public void block(long caller, String friendUid, Boolean block) {
    long friend = friend(friendUid);
    boolean on = FriendInput.flag(block, "block");
    tx.run(
        () -> {
          if (!friends.set(caller, friend, Setting.BLACKLISTED, on)) {
            throw notFriends();
          }
          if (on) {
            friends.block(caller, friend);
          } else {
            friends.unblock(caller, friend);
          }
          cache.invalidateAfterCommit(RelationKeys.blocks(caller));
        });
  }

  /**
   * S8: both directions go, and {@code friend.deleted} is published. Both users' friend caches are
   * dropped after the commit, so neither can send to the other from the next message on (the event
   * follows for the rest).
   */
  public void delete(long caller, String friendUid) {
    long friend = friend(friendUid);
    tx.run(
        () -> {
          pairs.lock(caller, friend);
          if (!friends.exists(caller, friend)) {
            throw notFriends();
          }
          friends.deletePair(caller, friend);
          events.relation(RelationEvent.FRIEND_DELETED, caller, friend, caller);
          cache.invalidateAfterCommit(RelationKeys.friends(caller), RelationKeys.friends(friend));
        });
  }

  /** S15. */
  public void report(long caller, String friendUid, String reason) {
    long friend = friend(friendUid);
    String text = FriendInput.text(reason, FriendInput.MAX_REASON, "reason");
    requireFriend(caller, friend);
    friends.report(caller, friend, text);
  }

  /**
   * S16, reserved as in the reference: checks that {@code friend_uid} and, when given, {@code
   * target_uid} are the caller's friends and differ, and changes nothing. Sharing a contact card
   * will be a chat message.
   */
  public void share(long caller, FriendShareRequest r) {
    long friend = friend(r.friendUid());
    Long target =
        r.targetUid() == null || r.targetUid().isBlank()
            ? null
            : FriendInput.userId(r.targetUid(), "target_uid");
    if (target != null && target == friend) {
      throw Check.bad("target_uid must differ from friend_uid");
    }
    requireFriend(caller, friend);
    if (target != null) {
      requireFriend(caller, target);
    }
  }

  /** S17. */
  public List<Friend> list(long caller) {
    return friends.list(caller).stream().map(FriendViews::friend).toList();
  }

  /** S18: every friend, online or not, by user id in decimal. */
  public Map<String, Boolean> online(long caller) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    presence
        .online(friends.friendIds(caller))
        .forEach((user, online) -> out.put(Long.toString(user), online));
    return out;
  }

  private void set(long caller, long friend, Setting setting, Object value) {
    if (!friends.set(caller, friend, setting, value)) {
      throw notFriends();
    }
  }

  private void requireFriend(long caller, long friend) {
    if (!friends.exists(caller, friend)) {
      throw notFriends();
    }
  }

  private static long friend(String friendUid) {
    return FriendInput.userId(friendUid, "friend_uid");
  }

  private static DomainException notFriends() {
    return new DomainException(ErrorCode.NOT_FRIENDS);
  }
}
