package io.hichat.connector.session;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The chat frames pushed to one connection that its client has not acked yet, in push order. Used
 * on the connection's event loop only.
 */
final class Unacked {

  private final LinkedHashMap<String, Pending> pending = new LinkedHashMap<>();

  /** Remembers a pushed frame (a newer frame with the same id replaces the older). */
  int track(String id, byte[] frame, long nowNanos) {
    pending.remove(id);
    pending.put(id, new Pending(frame, nowNanos));
    return pending.size();
  }

  boolean confirm(String id) {
    return pending.remove(id) != null;
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  int size() {
    return pending.size();
  }

  /**
   * The frames whose last push is at least {@code timeoutNanos} old and that may be pushed again;
   * frames pushed {@code retries} extra times already are given up (the client syncs instead).
   */
  List<byte[]> due(long nowNanos, long timeoutNanos, int retries) {
    List<byte[]> again = new ArrayList<>();
    Iterator<Pending> it = pending.values().iterator();
    while (it.hasNext()) {
      Pending p = it.next();
      if (nowNanos - p.sentNanos < timeoutNanos) {
        continue;
      }
      if (p.attempts >= retries) {
        it.remove();
        continue;
      }
      p.attempts++;
      p.sentNanos = nowNanos;
      again.add(p.frame);
    }
    return again;
  }

  private static final class Pending {
    final byte[] frame;
    long sentNanos;
    int attempts;

    Pending(byte[] frame, long sentNanos) {
      this.frame = frame;
      this.sentNanos = sentNanos;
    }
  }
}
