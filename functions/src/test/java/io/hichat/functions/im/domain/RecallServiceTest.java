package io.hichat.functions.im.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.im.store.ChatHistory;
import io.hichat.functions.im.store.RecallEventPublisher;
import io.hichat.functions.im.store.StoredMessage;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.event.RecallEvent;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.RecallRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The recall rules and the publish-then-confirm protocol, with the stores stubbed. */
class RecallServiceTest {

  static final String CONV = "7";
  static final String MSG = "65f0c0ffee0000000000abcd";
  static final long NOW = 1_800_000_000_000L;
  static final long SENDER = 11;
  static final long ADMIN = 12;

  final ConversationAccess access = mock(ConversationAccess.class);
  final ChatHistory history = mock(ChatHistory.class);
  final RecallEventPublisher events = mock(RecallEventPublisher.class);
  final RecallService service =
      new RecallService(
          access,
          history,
          events,
          new RecallSettings(Duration.ofSeconds(120)),
          Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

  @Test
  void senderWithinTheWindow_flipsAndPublishes_thenConfirms() {
    member(SENDER, 0);
    stored(message(NOW - 5_000, 0, null, 0));
    when(history.markRecalled(MSG, SENDER, NOW)).thenReturn(true);

    service.recall(SENDER, request());

    ArgumentCaptor<RecallEvent> event = ArgumentCaptor.forClass(RecallEvent.class);
    verify(events).publish(event.capture());
    assertThat(event.getValue().eventId()).isEqualTo("recall:" + MSG);
    assertThat(event.getValue().recalledBy()).isEqualTo(SENDER);
    assertThat(event.getValue().key()).isEqualTo(CONV);
    verify(history).markRecallPublished(MSG);
  }

  @Test
  void kafkaDown_answersUnavailable_andLeavesTheRecallUnconfirmed() {
    member(SENDER, 0);
    stored(message(NOW - 5_000, 0, null, 0));
    when(history.markRecalled(MSG, SENDER, NOW)).thenReturn(true);
    doThrow(new DomainException(ErrorCode.UNAVAILABLE)).when(events).publish(any());

    assertThatThrownBy(() -> service.recall(SENDER, request()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.UNAVAILABLE));
    verify(history, never()).markRecallPublished(anyString());
  }

  @Test
  void retryOfAnUnconfirmedRecall_publishesAgain_asTheFirstRecaller_evenAfterTheWindow() {
    member(SENDER, 0);
    stored(message(NOW - 3_600_000, 1, false, ADMIN));

    service.recall(SENDER, request());

    ArgumentCaptor<RecallEvent> event = ArgumentCaptor.forClass(RecallEvent.class);
    verify(events).publish(event.capture());
    assertThat(event.getValue().recalledBy()).isEqualTo(ADMIN);
    verify(history).markRecallPublished(MSG);
    verify(history, never()).markRecalled(anyString(), anyLong(), anyLong());
  }

  @Test
  void repeatedRecallOfAConfirmedOne_succeedsWithoutAnEvent() {
    member(SENDER, 0);
    stored(message(NOW - 5_000, 1, true, SENDER));

    service.recall(SENDER, request());

    verify(events, never()).publish(any());
  }

  @Test
  void senderAfterTheWindow_isRefused_butAnAdminIsNot() {
    member(SENDER, 0);
    stored(message(NOW - 121_000, 0, null, 0));

    assertThatThrownBy(() -> service.recall(SENDER, request()))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.error()).isEqualTo(ErrorCode.RECALL_WINDOW_PASSED));

    member(ADMIN, 1);
    when(history.markRecalled(MSG, ADMIN, NOW)).thenReturn(true);
    service.recall(ADMIN, request());
    verify(events).publish(any());
  }

  @Test
  void plainMember_cannotRecallSomeoneElsesMessage() {
    member(99, 0);
    stored(message(NOW - 1_000, 0, null, 0));

    assertThatThrownBy(() -> service.recall(99, request()))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.error()).isEqualTo(ErrorCode.RECALL_NOT_ALLOWED));
    verify(history, never()).markRecalled(anyString(), anyLong(), anyLong());
  }

  @Test
  void lostRace_leavesTheOtherRecallStanding() {
    member(SENDER, 0);
    stored(message(NOW - 5_000, 0, null, 0));
    when(history.markRecalled(MSG, SENDER, NOW)).thenReturn(false);
    when(history.find(MSG)).thenReturn(Optional.of(message(NOW - 5_000, 1, true, ADMIN)));

    service.recall(SENDER, request());

    verify(events, never()).publish(any());
  }

  private void member(long userId, int role) {
    when(access.read(userId, CONV))
        .thenReturn(new Access(CONV, ChatTypes.GROUP, 0, 7, true, role, Access.UNLIMITED));
  }

  private void stored(StoredMessage m) {
    when(history.find(CONV, MSG)).thenReturn(Optional.of(m));
  }

  private static RecallRequest request() {
    return new RecallRequest(CONV, MSG, ChatTypes.GROUP);
  }

  private static StoredMessage message(
      long sendTime, int status, Boolean published, long recalledBy) {
    return new StoredMessage(
        MSG,
        CONV,
        5,
        "c-1",
        SENDER,
        7,
        ChatTypes.GROUP,
        ChatTypes.TEXT,
        "hello",
        "",
        List.of(),
        false,
        sendTime,
        status,
        recalledBy,
        status == 1 ? sendTime + 1 : 0,
        published);
  }
}
