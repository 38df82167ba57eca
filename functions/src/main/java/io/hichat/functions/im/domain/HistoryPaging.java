package io.hichat.functions.im.domain;

import io.hichat.functions.common.Check;
import io.hichat.model.im.ChatLogQuery;
import java.util.Locale;
import java.util.Map;

/**
 * The arithmetic of history pages (SEED-SPEC §5.8, plus seq cursors): a checked request becomes a
 * seq window, an order and a size, so the store reads one index range. Pure, so it is tested
 * without a database.
 */
public final class HistoryPaging {

  public enum Direction {
    OLDER,
    NEWER,
    AROUND
  }

  private static final Map<String, Direction> DIRECTIONS =
      Map.of("older", Direction.OLDER, "newer", Direction.NEWER, "around", Direction.AROUND);

  /**
   * A checked I1 request.
   *
   * @param msgId a message id, or null when none was given or it was not a message id
   * @param direction null when not given
   * @param count null when not given
   */
  public record Request(
      String msgId,
      Long fromTime,
      Long toTime,
      Integer count,
      Direction direction,
      Long afterSeq,
      Long beforeSeq) {

    /** A message id alone: exactly that message. */
    public boolean exact() {
      return msgId != null
          && count == null
          && fromTime == null
          && toTime == null
          && direction == null;
    }

    public int size() {
      return count == null ? ChatLogQuery.DEFAULT_COUNT : count;
    }
  }

  /**
   * Messages with {@code minSeq ≤ seq ≤ maxSeq}, in {@code ascending} order or not, at most limit.
   */
  public record Window(
      long minSeq, long maxSeq, Long fromTime, Long toTime, boolean ascending, int limit) {

    public boolean empty() {
      return minSeq > maxSeq;
    }
  }

  private HistoryPaging() {}

  /**
   * Checks the query. {@code isMessageId} tells a message id from anything else: a {@code msgId}
   * that is not one (a client's {@code local_…} placeholder) is ignored, as in the reference.
   */
  public static Request parse(ChatLogQuery q, java.util.function.Predicate<String> isMessageId) {
    String msgId = q.msgId() != null && isMessageId.test(q.msgId()) ? q.msgId() : null;
    Long from = nonNegative(q.startSendTime(), "startSendTime");
    Long to = nonNegative(q.endSendTime(), "endSendTime");
    if (from != null && to != null && from > to) {
      throw Check.bad("startSendTime must not be after endSendTime");
    }
    Integer count = q.count();
    if (count != null) {
      Check.range(count, 1, ChatLogQuery.MAX_COUNT, ChatLogQuery.DEFAULT_COUNT, "count");
    }
    Direction direction = null;
    if (q.direction() != null && !q.direction().isEmpty()) {
      direction = DIRECTIONS.get(q.direction().toLowerCase(Locale.ROOT));
      if (direction == null) {
        throw Check.bad("direction must be older, newer or around");
      }
    }
    Long after = nonNegative(q.afterSeq(), "afterSeq");
    Long before = nonNegative(q.beforeSeq(), "beforeSeq");
    if ((after != null || before != null) && (msgId != null || direction != null)) {
      throw Check.bad("afterSeq and beforeSeq do not combine with msgId or direction");
    }
    return new Request(msgId, from, to, count, direction, after, before);
  }

  /**
   * The window of a request. {@code targetSeq} is the seq of {@code msgId}'s message (ignored
   * without one); {@code visibleUpTo} the last seq the caller may see.
   */
  public static Window window(Request r, long targetSeq, long visibleUpTo) {
    long min = 1;
    long max = visibleUpTo;
    boolean ascending = false;
    int limit = r.size();
    if (r.msgId() != null) {
      if (r.exact()) {
        min = targetSeq;
        max = Math.min(max, targetSeq);
        limit = 1;
      } else {
        switch (r.direction() == null ? Direction.OLDER : r.direction()) {
          case OLDER -> max = Math.min(max, targetSeq - 1);
          case NEWER -> {
            min = targetSeq + 1;
            ascending = true;
          }
          case AROUND -> max = Math.min(max, targetSeq);
        }
      }
    } else if (r.afterSeq() != null) {
      min = saturatedAdd(r.afterSeq(), 1);
      ascending = true;
      if (r.beforeSeq() != null) {
        max = Math.min(max, r.beforeSeq() - 1);
      }
    } else if (r.beforeSeq() != null) {
      max = Math.min(max, r.beforeSeq() - 1);
    }
    return new Window(Math.max(min, 1), max, r.fromTime(), r.toTime(), ascending, limit);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < a ? Long.MAX_VALUE : sum;
  }

  private static Long nonNegative(Long value, String field) {
    if (value != null && value < 0) {
      throw Check.bad(field + " must not be negative");
    }
    return value;
  }
}
