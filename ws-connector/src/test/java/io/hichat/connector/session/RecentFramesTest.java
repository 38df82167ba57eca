package io.hichat.connector.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.ws.Frame;
import org.junit.jupiter.api.Test;

class RecentFramesTest {

  final RecentFrames recent = new RecentFrames();

  @Test
  void memoryIsBounded_forgettingTheOldestCompletedIds() {
    for (int i = 0; i < RecentFrames.CAPACITY + 10; i++) {
      assertThat(recent.admit("f" + i, true)).isEqualTo(RecentFrames.Admission.PROCESS);
      recent.complete("f" + i, Frame.ack("f" + i, null), true);
    }

    assertThat(recent.size()).isEqualTo(RecentFrames.CAPACITY);
    assertThat(recent.admit("f0", true)).isEqualTo(RecentFrames.Admission.PROCESS);
    assertThat(recent.admit("f" + (RecentFrames.CAPACITY + 9), true))
        .isEqualTo(RecentFrames.Admission.REPEAT);
  }

  @Test
  void inFlightRequestsAreBounded() {
    for (int i = 0; i < RecentFrames.MAX_IN_FLIGHT; i++) {
      recent.admit("f" + i, true);
    }

    assertThat(recent.admit("one-more", true)).isEqualTo(RecentFrames.Admission.BUSY);
    recent.complete("f0", Frame.ack("f0", null), false);
    assertThat(recent.admit("one-more", true)).isEqualTo(RecentFrames.Admission.PROCESS);
  }

  @Test
  void duplicatesJoiningAnInFlightId_areReturnedOnCompletion() {
    recent.admit("f", true);
    assertThat(recent.admit("f", false)).isEqualTo(RecentFrames.Admission.JOINED);
    assertThat(recent.admit("f", true)).isEqualTo(RecentFrames.Admission.JOINED);

    assertThat(recent.complete("f", Frame.ack("f", null), true)).containsExactly(false, true);
    assertThat(recent.outcome("f")).isEqualTo(Frame.ack("f", null));
  }
}
