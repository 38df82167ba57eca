package io.hichat.functions.social.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.social.store.FriendRow;
import io.hichat.functions.social.store.PeerProfile;
import io.hichat.functions.social.store.RequestListRow;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.social.Friend;
import io.hichat.model.social.FriendRequestItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The friend endpoints' field rules and views, without an engine. */
class FriendRulesTest {

  static final PeerProfile BOB =
      new PeerProfile("Bob", "https://a/b.png", 1, "hi", "north", "baker", "[\"x\"]", 1, 0);

  @Test
  void userId_isADecimalString_andAnythingElseIs400NamingTheField() {
    assertThat(FriendInput.userId("42", "user_uid")).isEqualTo(42L);
    assertThat(FriendInput.userId(" 7 ", "user_uid")).isEqualTo(7L);
    for (String bad : List.of("", " ", "0", "-1", "4.2", "1e3", "abc", "99999999999999999999")) {
      assertThatThrownBy(() -> FriendInput.userId(bad, "user_uid"))
          .as(bad)
          .isInstanceOf(DomainException.class)
          .hasMessageContaining("user_uid")
          .extracting(e -> ((DomainException) e).error())
          .isEqualTo(ErrorCode.BAD_REQUEST);
    }
    assertThatThrownBy(() -> FriendInput.userId(null, "friend_uid"))
        .hasMessage("friend_uid is required");
  }

  @Test
  void requestId_prefersRequestId_thenTheLegacyNumber_andNeedsOne() {
    assertThat(FriendInput.requestId("12", 99L)).isEqualTo(12L);
    assertThat(FriendInput.requestId(null, 99L)).isEqualTo(99L);
    assertThat(FriendInput.requestId(" ", 5L)).isEqualTo(5L);
    assertThatThrownBy(() -> FriendInput.requestId(null, null))
        .hasMessage("request_id is required");
    assertThatThrownBy(() -> FriendInput.requestId(null, 0L)).hasMessageContaining("friend_req_id");
    assertThatThrownBy(() -> FriendInput.requestId("x1", null)).hasMessageContaining("request_id");
  }

  @Test
  void requestIds_emptyMeansAll_dropDuplicates_andAreCapped() {
    assertThat(FriendInput.requestIds(null, null)).isEmpty();
    assertThat(FriendInput.requestIds(List.of(), 0L)).isEmpty();
    assertThat(FriendInput.requestIds(List.of("3", "3", "4"), 4L)).containsExactly(3L, 4L);
    List<String> many = new ArrayList<>(Collections.nCopies(FriendInput.MAX_IDS + 1, "1"));
    assertThatThrownBy(() -> FriendInput.requestIds(many, null))
        .isInstanceOf(DomainException.class);
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> FriendInput.requestIds(withNull, null))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> FriendInput.requestIds(List.of("a"), null))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void tags_areTrimmedAndDeduplicated_butBlankLongOrTooManyAre400() {
    assertThat(FriendInput.tags(List.of(" work ", "work", "gym"), "tags"))
        .containsExactly("work", "gym");
    assertThat(FriendInput.tags(List.of(), "tags")).isEmpty();
    assertThatThrownBy(() -> FriendInput.tags(null, "tags")).hasMessage("tags is required");
    assertThatThrownBy(() -> FriendInput.tags(List.of(" "), "tags"))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> FriendInput.tags(List.of("x".repeat(FriendInput.MAX_TAG + 1)), "tags"))
        .isInstanceOf(DomainException.class);
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= FriendInput.MAX_TAGS; i++) {
      many.add("t" + i);
    }
    assertThatThrownBy(() -> FriendInput.tags(many, "tags")).hasMessageContaining("at most");
  }

  @Test
  void storedTags_roundTrip_andUnreadableValuesAreNoTags() {
    assertThat(FriendInput.storedTags(FriendInput.tagsJson(List.of("a", "b"))))
        .containsExactly("a", "b");
    assertThat(FriendInput.storedTags(null)).isEmpty();
    assertThat(FriendInput.storedTags("not json")).isEmpty();
  }

  @Test
  void clearableText_mayBeEmptyButNotMissing() {
    assertThat(FriendInput.clearable("", 64, "remark")).isEmpty();
    assertThat(FriendInput.clearable(" Bobby ", 64, "remark")).isEqualTo("Bobby");
    assertThatThrownBy(() -> FriendInput.clearable(null, 64, "remark"))
        .hasMessage("remark is required");
    assertThatThrownBy(() -> FriendInput.clearable("x".repeat(65), 64, "remark"))
        .hasMessageContaining("at most 64");
  }

  @Test
  void receivedPendingRequest_isActionable_andShowsTheApplicantWithoutPrivateFields() {
    RequestListRow row =
        new RequestListRow(9, 2, 1, "hello", Instant.ofEpochSecond(1_000), 0, "", null, false, BOB);

    FriendRequestItem item = FriendViews.request(row, 1);

    assertThat(item.requestId()).isEqualTo("9");
    assertThat(item.userId()).isEqualTo("2");
    assertThat(item.reqUid()).isEqualTo("1");
    assertThat(item.peerUid()).isEqualTo("2");
    assertThat(item.actionable()).isTrue();
    assertThat(item.status()).isEqualTo("pending");
    assertThat(item.statusText()).isEqualTo("待处理");
    assertThat(item.reqTime()).isEqualTo(1_000);
    assertThat(item.handledAt()).isZero();
    assertThat(item.readState()).isZero();
    assertThat(item.nickname()).isEqualTo("Bob");
    assertThat(item.phone()).isEmpty();
    assertThat(item.email()).isEmpty();
    assertThat(item.lastLogin()).isEmpty();
  }

  @Test
  void sentRequest_isNeverActionable_andItsPeerIsTheTarget() {
    RequestListRow row =
        new RequestListRow(
            9, 1, 2, "", Instant.ofEpochSecond(5), 2, "no", Instant.ofEpochSecond(6), true, BOB);

    FriendRequestItem item = FriendViews.request(row, 1);

    assertThat(item.peerUid()).isEqualTo("2");
    assertThat(item.actionable()).isFalse();
    assertThat(item.status()).isEqualTo("rejected");
    assertThat(item.handledAt()).isEqualTo(6);
    assertThat(item.readState()).isEqualTo(1);
  }

  @Test
  void friend_carriesTheCallersSettings_andHidesTheFriendsPrivateFields() {
    FriendRow row = new FriendRow(2, "Bobby", true, 2, false, true, false, "[\"gym\"]", BOB);

    Friend friend = FriendViews.friend(row);

    assertThat(friend.id()).isEqualTo("2");
    assertThat(friend.friendUid()).isEqualTo("2");
    assertThat(friend.remark()).isEqualTo("Bobby");
    assertThat(friend.blacklisted()).isTrue();
    assertThat(friend.momentsPermission()).isEqualTo(2);
    assertThat(friend.notifyEnabled()).isFalse();
    assertThat(friend.pinned()).isTrue();
    assertThat(friend.friendTags()).containsExactly("gym");
    assertThat(friend.tags()).isEqualTo("[\"x\"]");
    assertThat(friend.phone()).isEmpty();
    assertThat(friend.email()).isEmpty();
    assertThat(friend.lastLogin()).isEmpty();
  }
}
