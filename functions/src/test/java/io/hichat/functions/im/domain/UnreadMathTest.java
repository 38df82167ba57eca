package io.hichat.functions.im.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.im.domain.UnreadMath.View;
import org.junit.jupiter.api.Test;

class UnreadMathTest {

  @Test
  void unread_isTheSeqsAfterTheReadPosition() {
    assertThat(UnreadMath.view(10, 7, 0, true, 0)).isEqualTo(new View(10, 3, false, true));
    assertThat(UnreadMath.view(10, 10, 0, true, 0).unread()).isZero();
    assertThat(UnreadMath.view(5, 9, 0, true, 0).unread()).isZero();
  }

  @Test
  void atMe_countsOnlyWhileUnread() {
    assertThat(UnreadMath.view(10, 7, 8, true, 0).hasAtMe()).isTrue();
    assertThat(UnreadMath.view(10, 8, 8, true, 0).hasAtMe()).isFalse();
  }

  @Test
  void removedMember_countsUpToTheRemovalOnly() {
    long visible = Math.min(50, 30); // conversation at 50, removed at 30

    View v = UnreadMath.view(visible, 25, 40, true, 0);

    assertThat(v).isEqualTo(new View(30, 5, false, true));
  }

  @Test
  void hidden_untilANewMessage_andUnreadAlwaysShows() {
    assertThat(UnreadMath.view(10, 10, 0, false, 10).isShow()).isFalse();
    assertThat(UnreadMath.view(11, 10, 0, false, 10).isShow()).as("own new message").isTrue();
    assertThat(UnreadMath.view(11, 10, 0, false, 11).isShow()).as("hidden but unread").isTrue();
    assertThat(UnreadMath.view(0, 0, 0, false, 0).isShow())
        .as("a new single chat's recipient before any message")
        .isFalse();
  }

  @Test
  void seqReport_raisesUpToTheConversation_neverLowers() {
    assertThat(UnreadMath.advance(3, 7L, null, 10)).isEqualTo(7);
    assertThat(UnreadMath.advance(3, 70L, null, 10)).isEqualTo(10);
    assertThat(UnreadMath.advance(8, 5L, null, 10)).isEqualTo(8);
  }

  @Test
  void readCount_addsUpToTheConversation() {
    assertThat(UnreadMath.advance(3, null, 4L, 10)).isEqualTo(7);
    assertThat(UnreadMath.advance(3, null, 40L, 10)).isEqualTo(10);
    assertThat(UnreadMath.advance(3, null, Long.MAX_VALUE, 10)).isEqualTo(10);
    assertThat(UnreadMath.advance(12, null, 1L, 10)).as("past a removal cap").isEqualTo(12);
    assertThat(UnreadMath.advance(3, null, null, 10)).isEqualTo(3);
  }
}
