package io.hichat.functions.social.domain;

import io.hichat.functions.social.store.FriendRow;
import io.hichat.functions.social.store.PeerProfile;
import io.hichat.functions.social.store.RequestListRow;
import io.hichat.model.social.Friend;
import io.hichat.model.social.FriendRequestItem;
import java.time.Instant;
import java.util.List;

/**
 * Maps friend rows to the wire's Friends and FriendRequests objects. Another user's phone, email
 * and last login are never shown: the fields stay {@code ""}.
 */
final class FriendViews {

  static final int PENDING = 0;
  static final int ACCEPTED = 1;
  static final int REJECTED = 2;
  static final int IGNORED = 3;

  private static final List<String> STATUS = List.of("pending", "accepted", "rejected", "ignored");
  private static final List<String> STATUS_TEXT = List.of("待处理", "已同意", "已拒绝", "已忽略");

  private FriendViews() {}

  static String status(int handleResult) {
    return handleResult >= 0 && handleResult < STATUS.size() ? STATUS.get(handleResult) : "";
  }

  static String statusText(int handleResult) {
    return handleResult >= 0 && handleResult < STATUS_TEXT.size()
        ? STATUS_TEXT.get(handleResult)
        : "";
  }

  static Friend friend(FriendRow row) {
    PeerProfile p = row.profile();
    String id = Long.toString(row.friendUid());
    return new Friend(
        id,
        id,
        p.nickname(),
        p.avatar(),
        row.remark(),
        p.sex(),
        "",
        "",
        p.introduction(),
        p.region(),
        p.occupation(),
        profileTags(p.tags()),
        p.status(),
        p.type(),
        "",
        row.blacklisted(),
        row.momentsPermission(),
        row.notifyEnabled(),
        row.pinned(),
        row.muted(),
        FriendInput.storedTags(row.friendTags()));
  }

  /** A request as {@code caller} sees it; the profile is the other party's. */
  static FriendRequestItem request(RequestListRow row, long caller) {
    boolean received = row.target() == caller;
    long peer = received ? row.applicant() : row.target();
    PeerProfile p = row.peer();
    return new FriendRequestItem(
        row.id(),
        Long.toString(row.id()),
        Long.toString(row.applicant()),
        Long.toString(row.target()),
        Long.toString(peer),
        row.reqMsg(),
        1,
        seconds(row.reqTime()),
        row.handleResult(),
        status(row.handleResult()),
        statusText(row.handleResult()),
        row.handleMsg(),
        seconds(row.handledAt()),
        row.read() ? 1 : 0,
        received && row.handleResult() == PENDING,
        p.nickname(),
        p.avatar(),
        p.sex(),
        "",
        "",
        p.introduction(),
        p.region(),
        p.occupation(),
        profileTags(p.tags()),
        p.status(),
        p.type(),
        "");
  }

  private static String profileTags(String tags) {
    return tags == null || tags.isBlank() ? "[]" : tags;
  }

  private static long seconds(Instant at) {
    return at == null ? 0 : at.getEpochSecond();
  }
}
