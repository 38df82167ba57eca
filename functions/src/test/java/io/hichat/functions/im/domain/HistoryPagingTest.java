package io.hichat.functions.im.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.im.domain.HistoryPaging.Request;
import io.hichat.functions.im.domain.HistoryPaging.Window;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.im.ChatLogQuery;
import org.junit.jupiter.api.Test;

class HistoryPagingTest {

  static final String MSG = "65f0c0ffee0000000000abcd";
  static final long ALL = Access.UNLIMITED;

  static Request parse(ChatLogQuery q) {
    return HistoryPaging.parse(q, s -> s.length() == 24);
  }

  static ChatLogQuery q(
      String msgId, Integer count, String direction, Long afterSeq, Long beforeSeq) {
    return new ChatLogQuery("1_2", msgId, null, null, count, direction, afterSeq, beforeSeq);
  }

  @Test
  void noCursor_isTheNewestFirst_upToTheDefaultCount() {
    Window w = HistoryPaging.window(parse(q(null, null, null, null, null)), 0, ALL);

    assertThat(w).isEqualTo(new Window(1, ALL, null, null, false, 100));
  }

  @Test
  void msgIdAlone_isExactlyThatMessage() {
    Request r = parse(q(MSG, null, null, null, null));

    assertThat(r.exact()).isTrue();
    assertThat(HistoryPaging.window(r, 42, ALL))
        .isEqualTo(new Window(42, 42, null, null, false, 1));
  }

  @Test
  void older_isStrictlyBeforeTheTarget_newestFirst() {
    Window w = HistoryPaging.window(parse(q(MSG, 20, "older", null, null)), 42, ALL);

    assertThat(w).isEqualTo(new Window(1, 41, null, null, false, 20));
  }

  @Test
  void directionWithoutCount_pagesWithTheDefaultCount_ratherThanAnsweringOneMessage() {
    Request r = parse(q(MSG, null, "older", null, null));

    assertThat(r.exact()).isFalse();
    assertThat(HistoryPaging.window(r, 42, ALL).limit()).isEqualTo(ChatLogQuery.DEFAULT_COUNT);
  }

  @Test
  void newer_isStrictlyAfterTheTarget_oldestFirst() {
    Window w = HistoryPaging.window(parse(q(MSG, 5, "NEWER", null, null)), 42, ALL);

    assertThat(w).isEqualTo(new Window(43, ALL, null, null, true, 5));
  }

  @Test
  void around_isTheTargetAndEarlier_countIncludingTheTarget() {
    Window w = HistoryPaging.window(parse(q(MSG, 3, "around", null, null)), 42, ALL);

    assertThat(w).isEqualTo(new Window(1, 42, null, null, false, 3));
  }

  @Test
  void msgIdThatIsNotAMessageId_isIgnored() {
    Request r = parse(q("local_123", null, "older", null, null));

    assertThat(r.msgId()).isNull();
    assertThat(HistoryPaging.window(r, 0, ALL))
        .isEqualTo(new Window(1, ALL, null, null, false, 100));
  }

  @Test
  void afterSeq_fillsAGapOldestFirst_boundedByBeforeSeq() {
    assertThat(HistoryPaging.window(parse(q(null, 50, null, 10L, null)), 0, ALL))
        .isEqualTo(new Window(11, ALL, null, null, true, 50));
    assertThat(HistoryPaging.window(parse(q(null, null, null, 10L, 15L)), 0, ALL))
        .isEqualTo(new Window(11, 14, null, null, true, 100));
    assertThat(HistoryPaging.window(parse(q(null, null, null, null, 15L)), 0, ALL))
        .isEqualTo(new Window(1, 14, null, null, false, 100));
  }

  @Test
  void removedMember_neverSeesPastTheRemoval() {
    long removedAt = 30;

    assertThat(HistoryPaging.window(parse(q(null, null, null, null, null)), 0, removedAt).maxSeq())
        .isEqualTo(30);
    assertThat(HistoryPaging.window(parse(q(MSG, 10, "newer", null, null)), 25, removedAt))
        .isEqualTo(new Window(26, 30, null, null, true, 10));
    assertThat(HistoryPaging.window(parse(q(null, null, null, 40L, null)), 0, removedAt).empty())
        .isTrue();
  }

  @Test
  void timeRange_narrowsEveryMode() {
    ChatLogQuery query = new ChatLogQuery("1_2", MSG, 1000L, 2000L, null, null, null, null);
    Request r = parse(query);

    assertThat(r.exact()).isFalse();
    assertThat(HistoryPaging.window(r, 7, ALL))
        .isEqualTo(new Window(1, 6, 1000L, 2000L, false, 100));
  }

  @Test
  void badValues_areRefused() {
    assertBad(new ChatLogQuery("1_2", null, null, null, 0, null, null, null));
    assertBad(new ChatLogQuery("1_2", null, null, null, 201, null, null, null));
    assertBad(new ChatLogQuery("1_2", null, null, null, null, "sideways", null, null));
    assertBad(new ChatLogQuery("1_2", null, 5L, 4L, null, null, null, null));
    assertBad(new ChatLogQuery("1_2", null, -1L, null, null, null, null, null));
    assertBad(new ChatLogQuery("1_2", null, null, null, null, null, -1L, null));
    assertBad(new ChatLogQuery("1_2", MSG, null, null, null, null, 3L, null));
    assertBad(new ChatLogQuery("1_2", null, null, null, null, "newer", null, 3L));
  }

  private static void assertBad(ChatLogQuery query) {
    assertThatThrownBy(() -> parse(query))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_REQUEST));
  }
}
