package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntegrityTest {

  @Test
  void everyMessageOnceInOrder_isOk() {
    Integrity i = new Integrity();
    i.expect("a", "1_2", 1);
    i.expect("b", "1_2", 1);
    i.expect("a", "1_2", 2);
    i.expect("b", "1_2", 2);
    assertThat(i.delivered("b", "1_2", 1, "x1", 1)).isTrue();
    assertThat(i.delivered("a", "1_2", 1, "x1", 1)).isTrue();
    assertThat(i.delivered("a", "1_2", 2, "x2", 2)).isTrue();
    assertThat(i.delivered("b", "1_2", 2, "x2", 2)).isTrue();

    Integrity.Report r = i.finish(1);

    assertThat(r.ok()).as(r.line()).isTrue();
    assertThat(r.delivered()).isEqualTo(4);
    assertThat(i.outstanding()).isZero();
  }

  @Test
  void aMessageThatNeverArrives_isMissing() {
    Integrity i = new Integrity();
    i.expect("a", "1_2", 1);
    i.expect("b", "1_2", 1);
    assertThat(i.outstanding()).isEqualTo(2);
    i.delivered("a", "1_2", 1, "x1", 1);
    i.delivered("a", "1_2", 1, "x1", 1); // a resend counts once
    i.delivered("c", "1_2", 1, "x1", 1); // not meant for c: nothing outstanding changes
    assertThat(i.outstanding()).isEqualTo(1);

    Integrity.Report r = i.finish(1);

    assertThat(r.ok()).isFalse();
    assertThat(r.missing()).isEqualTo(1);
    assertThat(r.examples()).anyMatch(e -> e.startsWith("missing: b never got message 1"));
    assertThat(i.missing()).hasSize(1);
  }

  @Test
  void theSameFrameResent_isCountedNotFailed_aSecondMessageForOneClientId_isADuplicate() {
    Integrity i = new Integrity();
    i.expect("a", "c", 1);
    i.delivered("a", "c", 1, "x1", 1);
    assertThat(i.delivered("a", "c", 1, "x1", 1)).isFalse();
    assertThat(i.finish(1).ok()).isTrue();
    assertThat(i.finish(1).resends()).isEqualTo(1);

    i.delivered("a", "c", 1, "x9", 2);

    Integrity.Report r = i.finish(1);
    assertThat(r.ok()).isFalse();
    assertThat(r.duplicates()).isEqualTo(1);
  }

  @Test
  void aDeviceThatWasNotMeant_isUnexpected() {
    Integrity i = new Integrity();
    i.expect("a", "g", 1);
    i.delivered("a", "g", 1, "x1", 1);
    i.delivered("stranger", "g", 1, "x1", 1);

    Integrity.Report r = i.finish(1);

    assertThat(r.unexpected()).isEqualTo(1);
    assertThat(r.ok()).isFalse();
  }

  @Test
  void aLowerSeqAfterAHigherOne_isOutOfOrder() {
    Integrity i = new Integrity();
    i.expect("a", "c", 1);
    i.expect("a", "c", 2);
    i.delivered("a", "c", 2, "x2", 2);
    i.delivered("a", "c", 1, "x1", 1);

    Integrity.Report r = i.finish(1);

    assertThat(r.outOfOrder()).isEqualTo(1);
    assertThat(r.ok()).isFalse();
  }

  @Test
  void seqsWithAHole_areAGap_evenWhenEveryExpectedMessageArrived() {
    Integrity i = new Integrity();
    i.expect("a", "c", 1);
    i.expect("a", "c", 3);
    i.delivered("a", "c", 1, "x1", 1);
    i.delivered("a", "c", 3, "x3", 3);

    Integrity.Report r = i.finish(1);

    assertThat(r.gaps()).isEqualTo(1);
    assertThat(r.missing()).isZero();
    assertThat(r.ok()).isFalse();
  }

  @Test
  void aRefusedSend_withdrawn_isNotExpected() {
    Integrity i = new Integrity();
    i.expect("a", "c", 1);
    i.withdraw("a", 1);

    assertThat(i.finish(1).ok()).isTrue();
    assertThat(i.outstanding()).isZero();
  }

  @Test
  void theSameMessageWithAnotherSeqOnAnotherDevice_isADuplicate() {
    Integrity i = new Integrity();
    i.expect("a", "c", 1);
    i.expect("b", "c", 1);
    i.delivered("a", "c", 1, "x1", 1);
    i.delivered("b", "c", 1, "x1", 2);

    Integrity.Report r = i.finish(1);

    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.ok()).isFalse();
  }

  @Test
  void twoMessagesWithOneSeq_areADuplicate() {
    Integrity i = new Integrity();
    i.expect("a", "c", 1);
    i.expect("b", "c", 2);
    i.delivered("a", "c", 1, "x1", 1);
    i.delivered("b", "c", 2, "x2", 1);

    Integrity.Report r = i.finish(1);

    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.examples()).anyMatch(e -> e.startsWith("duplicate seq"));
    assertThat(r.ok()).isFalse();
  }

  @Test
  void aMessageInAnotherConversation_isUnexpected() {
    Integrity i = new Integrity();
    i.expect("a", "c", 1);
    i.delivered("a", "d", 1, "x1", 1);

    assertThat(i.finish(1).unexpected()).isEqualTo(1);
  }

  @Test
  void aMessageThisRunDidNotSend_isUnexpected() {
    Integrity i = new Integrity();
    i.stray("a", "c", "someone-else");

    Integrity.Report r = i.finish(1);

    assertThat(r.unexpected()).isEqualTo(1);
    assertThat(r.delivered()).isEqualTo(1);
    assertThat(r.ok()).isFalse();
  }

  @Test
  void aWithdrawnMessageThatArrivedAnyway_staysCountedOnce() {
    Integrity i = new Integrity();
    i.expect("a", "c", 1);
    i.delivered("a", "c", 1, "x1", 1);
    i.withdraw("a", 1);

    Integrity.Report r = i.finish(1);

    assertThat(r.expected()).isZero();
    assertThat(r.delivered()).isEqualTo(1);
    assertThat(i.outstanding()).isZero();
  }

  @Test
  void messageNumbersOutOfRange_areRefused() {
    Integrity i = new Integrity();
    assertThatThrownBy(() -> i.expect("a", "c", Integrity.MAX_MESSAGE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> i.expect("a", "c", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
