package io.hichat.model.im;

/**
 * I1: a page of a conversation's history (SEED-SPEC §5.8).
 *
 * <ul>
 *   <li>Without a cursor: the newest messages first.
 *   <li>{@code msgId} (ignored when it is not a message id): {@code direction} {@code older}
 *       (default) pages before it, newest first; {@code newer} after it, oldest first; {@code
 *       around} is the message and those before it, newest first. A {@code msgId} with no {@code
 *       count}, time range or {@code direction} answers exactly that message.
 *   <li>{@code afterSeq} / {@code beforeSeq} (gap filling, not with {@code msgId}): messages with a
 *       greater / smaller seq; oldest first when {@code afterSeq} is given, else newest first.
 * </ul>
 *
 * {@code startSendTime} and {@code endSendTime} (unix ms, inclusive) narrow any of them; {@code
 * count} is 1..{@value #MAX_COUNT}, default {@value #DEFAULT_COUNT}.
 */
public record ChatLogQuery(
    String conversationId,
    String msgId,
    Long startSendTime,
    Long endSendTime,
    Integer count,
    String direction,
    Long afterSeq,
    Long beforeSeq) {

  public static final int DEFAULT_COUNT = 100;
  public static final int MAX_COUNT = 200;
}
