package io.hichat.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what the devices received against what was sent: every message exactly once on every
 * device it was meant for, in {@code seq} order per conversation with no gap, and nothing anywhere
 * else. Thread-safe (one lock; the generator records at most a few tens of thousands of events a
 * second).
 *
 * <p>A device is any string key (user and device id). {@link #expect} names a device that must get
 * the message with {@code clientMsgId} of a conversation; {@link #delivered} reports an arrival. A
 * second arrival of the same server {@code msgId} on the same device is a connector's resend of a
 * frame the client had not acked yet (clients drop it by {@code msgId}): counted, not a failure.
 * The same {@code clientMsgId} arriving under a different {@code msgId}, or a second {@code msgId}
 * for the same seq, is a duplicate message and a failure.
 */
final class Integrity {

  private record Key(String device, String clientMsgId) {
    /**
     * Spread: the records' default hash of a device and a sequential client id collides so often
     * that the maps fell back to tree bins, a sixth of the generator's CPU.
     */
    @Override
    public int hashCode() {
      int h = device.hashCode() * 0x9E3779B9 + clientMsgId.hashCode();
      return h ^ (h >>> 16);
    }
  }

  private record Arrival(String msgId, long seq) {}

  private final Map<Key, String> expected = new HashMap<>(); // -> conversation
  private final Map<Key, Arrival> arrived = new HashMap<>();
  private final Map<String, Map<String, ConvState>> seqs = new HashMap<>(); // device -> conv
  private final List<String> failures = new ArrayList<>();
  private long failureCount;
  private long unexpected;
  private long duplicates;
  private long outOfOrder;
  private long resends;
  private long deliveries;

  /** Expected deliveries that have not arrived: kept as they change, read while a step drains. */
  private long pending;

  /** Per device and conversation: the seqs seen (each once), the lowest and the highest so far. */
  private static final class ConvState {
    final Map<Long, String> msgIdBySeq = new HashMap<>();
    long lowest = Long.MAX_VALUE;
    long highest;
  }

  synchronized void expect(String device, String conversationId, String clientMsgId) {
    Key key = new Key(device, clientMsgId);
    if (expected.put(key, conversationId) == null && !arrived.containsKey(key)) {
      pending++;
    }
  }

  /** The send was refused (error frame): nobody should get it. */
  synchronized void withdraw(String device, String clientMsgId) {
    Key key = new Key(device, clientMsgId);
    if (expected.remove(key) != null && !arrived.containsKey(key)) {
      pending--;
    }
  }

  /** Records an arrival; true when it is the first of this message on this device. */
  synchronized boolean delivered(
      String device, String conversationId, String clientMsgId, String msgId, long seq) {
    Key key = new Key(device, clientMsgId);
    Arrival before = arrived.get(key);
    if (before != null) {
      if (before.msgId().equals(msgId)) {
        resends++;
      } else {
        duplicates++;
        fail(
            "duplicate: %s got clientMsgId %s twice (msgId %s seq %d, then msgId %s seq %d)",
            device, clientMsgId, before.msgId(), before.seq(), msgId, seq);
      }
      return false;
    }
    deliveries++;
    String conv = expected.get(key);
    if (conv != null) {
      pending--;
    }
    if (conv == null || !conv.equals(conversationId)) {
      unexpected++;
      fail(
          "unexpected: %s got %s of conversation %s, not meant for it",
          device, clientMsgId, conversationId);
    }
    arrived.put(key, new Arrival(msgId, seq));
    ConvState state =
        seqs.computeIfAbsent(device, d -> new HashMap<>())
            .computeIfAbsent(conversationId, c -> new ConvState());
    String other = state.msgIdBySeq.putIfAbsent(seq, msgId);
    if (other != null && !other.equals(msgId)) {
      duplicates++;
      fail(
          "duplicate seq: %s got seq %d of %s as %s and %s",
          device, seq, conversationId, other, msgId);
    }
    if (seq <= state.highest) {
      outOfOrder++;
      fail(
          "out of order: %s got seq %d of %s after seq %d",
          device, seq, conversationId, state.highest);
    } else {
      state.highest = seq;
    }
    state.lowest = Math.min(state.lowest, seq);
    return true;
  }

  /** How many expected deliveries have not arrived yet. */
  synchronized long outstanding() {
    return pending;
  }

  /** The expected deliveries that have not arrived, as (device, conversation, clientMsgId). */
  synchronized List<String[]> missing() {
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<Key, String> e : expected.entrySet()) {
      if (!arrived.containsKey(e.getKey())) {
        out.add(new String[] {e.getKey().device(), e.getValue(), e.getKey().clientMsgId()});
      }
    }
    return out;
  }

  /**
   * The final verdict. {@code firstSeq} is the first seq each conversation may start at in this run
   * (1 for conversations the run created). Missing deliveries and gaps are failures.
   */
  synchronized Report finish(long firstSeq) {
    List<String> all = new ArrayList<>(failures);
    long missing = 0;
    for (Map.Entry<Key, String> e : expected.entrySet()) {
      if (!arrived.containsKey(e.getKey())) {
        missing++;
        if (all.size() < 20) {
          all.add(
              "missing: %s never got %s of %s"
                  .formatted(e.getKey().device(), e.getKey().clientMsgId(), e.getValue()));
        }
      }
    }
    long gaps = 0;
    for (Map.Entry<String, Map<String, ConvState>> d : seqs.entrySet()) {
      for (Map.Entry<String, ConvState> c : d.getValue().entrySet()) {
        ConvState seen = c.getValue();
        long highest = Math.max(seen.highest, seen.lowest);
        long expectedCount = highest - firstSeq + 1;
        int count = seen.msgIdBySeq.size();
        if (seen.lowest != firstSeq || count != expectedCount) {
          gaps++;
          if (all.size() < 20) {
            all.add(
                "gap: %s has %d seqs of %s between %d and %d (want %d from %d)"
                    .formatted(
                        d.getKey(),
                        count,
                        c.getKey(),
                        seen.lowest,
                        highest,
                        expectedCount,
                        firstSeq));
          }
        }
      }
    }
    return new Report(
        expected.size(),
        deliveries,
        missing,
        unexpected,
        duplicates,
        outOfOrder,
        gaps,
        resends,
        List.copyOf(all.subList(0, Math.min(all.size(), 20))));
  }

  private void fail(String format, Object... args) {
    failureCount++;
    if (failures.size() < 20) {
      failures.add(format.formatted(args));
    }
  }

  /** The outcome; {@link #ok()} when nothing failed. */
  record Report(
      long expected,
      long delivered,
      long missing,
      long unexpected,
      long duplicates,
      long outOfOrder,
      long gaps,
      long resends,
      List<String> examples) {

    boolean ok() {
      return missing == 0 && unexpected == 0 && duplicates == 0 && outOfOrder == 0 && gaps == 0;
    }

    String line() {
      return "expected %d, delivered %d, missing %d, unexpected %d, duplicates %d, out of order %d, gaps %d, resends %d"
          .formatted(
              expected, delivered, missing, unexpected, duplicates, outOfOrder, gaps, resends);
    }
  }
}
