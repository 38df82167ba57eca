package io.hichat.model.event;

import java.util.List;

/**
 * Kafka topic names (ARCHITECTURE §4). Each topic has a dead-letter twin with the {@code .dlq}
 * suffix where records that failed every retry go, with their error.
 */
public final class Topics {

  public static final String IM_CHAT = "im.chat";
  public static final String IM_READ = "im.read";
  public static final String IM_RECALL = "im.recall";
  public static final String TREND_NOTIFY = "trend.notify";
  public static final String SOCIAL_RELATION = "social.relation";
  public static final String NOTIFY_COMMON = "notify.common";
  public static final String DLQ_SUFFIX = ".dlq";

  private static final List<String> MAIN =
      List.of(IM_CHAT, IM_READ, IM_RECALL, TREND_NOTIFY, SOCIAL_RELATION, NOTIFY_COMMON);

  private Topics() {}

  public static String deadLetter(String topic) {
    return topic + DLQ_SUFFIX;
  }

  /** Every topic HiChat uses, dead-letter topics included. */
  public static List<String> all() {
    return MAIN.stream().flatMap(t -> java.util.stream.Stream.of(t, deadLetter(t))).toList();
  }

  /** Partitions per topic: {@code im.chat} is keyed by conversation and needs room to scale. */
  public static int partitions(String topic) {
    return IM_CHAT.equals(topic) ? 6 : 3;
  }
}
