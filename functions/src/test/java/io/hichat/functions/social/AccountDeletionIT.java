package io.hichat.functions.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.KafkaProbe;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.event.Topics;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Deleting an account ends its friendships as a deletion would, and leaves no request behind. */
class AccountDeletionIT {

  final Api api = TestStack.get().api();

  @Test
  void deletedAccount_leavesNoFriendshipOrRequest_andFriendDeletedIsPublished() {
    TestUser ada = Users.register(api, "Leaving");
    TestUser bob = Users.register(api, "Staying");
    TestUser cyd = Users.register(api, "Asking");
    FriendSteps.befriend(ada, bob);
    FriendSteps.request(cyd, ada);
    assertThat(FriendSteps.friendIds(bob)).contains(ada.id());

    try (KafkaProbe relation = new KafkaProbe(Topics.SOCIAL_RELATION)) {
      assertThat(api.delete("/api/v1/user/logout", null, ada.token()).status()).isEqualTo(200);
      String pair =
          "\"friendA\":"
              + Math.min(ada.id(), bob.id())
              + ",\"friendB\":"
              + Math.max(ada.id(), bob.id());
      assertThat(
              relation.await(
                  v -> v.contains("friend.deleted") && v.contains(pair), 1, Duration.ofSeconds(15)))
          .hasSize(1);
    }
    assertThat(FriendSteps.friendIds(bob)).doesNotContain(ada.id());
    assertThat(
            FriendSteps.DB
                .sql("SELECT COUNT(*) FROM friends WHERE user_id = ? OR friend_uid = ?")
                .params(ada.id(), ada.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(FriendSteps.pendingBetween(cyd, ada)).isZero();
    assertThat(FriendSteps.counts(cyd).path("count").asLong()).isZero();
  }
}
