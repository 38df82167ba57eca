package io.hichat.functions.im.domain;

/**
 * The arithmetic of read positions (SEED-SPEC §5.7 with per-member seqs): unread counts, @-me,
 * visibility and how a reported read progress moves the position. Pure, so it is tested without a
 * database.
 */
public final class UnreadMath {

  private UnreadMath() {}

  /** What a conversation list shows for one member. */
  public record View(long seq, long unread, boolean hasAtMe, boolean isShow) {}

  /**
   * @param visibleSeq the conversation's latest seq as the member may see it (capped at the removal
   *     point for removed members)
   * @param isShow the member document's flag: false once hidden
   * @param hiddenSeq the seq up to which it was hidden
   */
  public static View view(
      long visibleSeq, long readSeq, long atMeSeq, boolean isShow, long hiddenSeq) {
    long unread = Math.max(0, visibleSeq - readSeq);
    // a mention past what the member may see (after a removal) is not theirs to know of
    boolean hasAtMe = atMeSeq > readSeq && atMeSeq <= visibleSeq;
    boolean hidden = !isShow && hiddenSeq >= visibleSeq;
    return new View(visibleSeq, unread, hasAtMe, unread > 0 || !hidden);
  }

  /**
   * The read position after a report: {@code seq} (read up to here) or {@code read} (this many more
   * were read), never beyond {@code visibleSeq} and never lower than {@code current}.
   */
  public static long advance(long current, Long seq, Long read, long visibleSeq) {
    long target = current;
    if (seq != null) {
      target = Math.min(seq, visibleSeq);
    } else if (read != null) {
      long sum = current + read;
      target = Math.min(sum < current ? Long.MAX_VALUE : sum, visibleSeq);
    }
    return Math.max(current, target);
  }
}
