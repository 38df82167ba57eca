package io.hichat.bench;

import com.carrotsearch.hppc.LongByteHashMap;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.cursors.LongByteCursor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what the devices received against what was sent: every message exactly once on every
 * device it was meant for, in {@code seq} order per conversation with no gap, and nothing anywhere
 * else. Thread-safe (one lock; the generator records tens of thousands of events a second).
 *
 * <p>A device is any string key (user and device id); a message is the number the generator gave it
 * (unique in a run, below 2<sup>40</sup>). {@link #expect} names a device that must get a message
 * of a conversation; {@link #delivered} reports an arrival with the server's {@code msgId} and
 * {@code seq}. A second arrival of the same message with the same {@code msgId} on the same device
 * is a connector's resend of a frame the client had not acked yet (clients drop it by {@code
 * msgId}): counted, not a failure. The same message under a different {@code msgId} or {@code seq}
 * (on any device), or a second message with the same {@code seq} in a conversation, is a duplicate
 * and a failure.
 *
 * <p>A run records millions of deliveries, all kept to the end, so they are kept in primitive hash
 * maps (HPPC): about a hundred bytes per message and no object per delivery. With one object graph
 * per delivery the generator's collector copied them from young collection to young collection,
 * pausing the generator for up to 170 ms at a time — a pause the measured latency then included.
 */
final class Integrity {

  /** Message numbers must stay below this: a delivery's key holds the device above them. */
  static final long MAX_MESSAGE = 1L << 40;

  private static final byte EXPECTED = 1;
  private static final byte ARRIVED = 2;

  private final Map<String, Integer> deviceIndex = new HashMap<>();
  private final List<String> devices = new ArrayList<>();
  private final Map<String, Integer> conversationIndex = new HashMap<>();
  private final List<String> conversations = new ArrayList<>();

  /** Per (device, message): {@link #EXPECTED} and/or {@link #ARRIVED}. */
  private final LongByteHashMap deliveryState = new LongByteHashMap(1 << 16);

  /** Per message: its conversation's index as expected. */
  private final LongIntHashMap conversationOf = new LongIntHashMap(1 << 15);

  /** Per message, from its first arrival: a 64-bit hash of the server's msgId, and its seq. */
  private final LongLongHashMap msgIdHashOf = new LongLongHashMap(1 << 15);

  private final LongLongHashMap seqOf = new LongLongHashMap(1 << 15);

  /** Per (conversation, seq): the message that arrived with it first. */
  private final LongLongHashMap seqOwner = new LongLongHashMap(1 << 15);

  /** Per (device, conversation): the seqs seen in order. */
  private final Map<Long, Stream> streams = new HashMap<>();

  private final List<String> failures = new ArrayList<>();
  private long expectedCount;
  private long unexpected;
  private long duplicates;
  private long outOfOrder;
  private long resends;
  private long deliveries;

  /** Expected deliveries that have not arrived: kept as they change, read while a step drains. */
  private long pending;

  /** One device's view of one conversation: how many seqs, the lowest and the highest so far. */
  private static final class Stream {
    long count;
    long lowest = Long.MAX_VALUE;
    long highest;
  }

  synchronized void expect(String device, String conversationId, long message) {
    long key = key(device(device), message);
    byte state = deliveryState.get(key);
    if ((state & EXPECTED) != 0) {
      return;
    }
    deliveryState.put(key, (byte) (state | EXPECTED));
    conversationOf.put(message, conversation(conversationId));
    expectedCount++;
    if ((state & ARRIVED) == 0) {
      pending++;
    }
  }

  /** The send was refused (error frame): nobody should get it. */
  synchronized void withdraw(String device, long message) {
    long key = key(device(device), message);
    byte state = deliveryState.get(key);
    if ((state & EXPECTED) == 0) {
      return;
    }
    expectedCount--;
    if ((state & ARRIVED) == 0) {
      pending--;
      deliveryState.remove(key);
    } else {
      deliveryState.put(key, ARRIVED);
    }
  }

  /**
   * A message the generator did not send arrived ({@code clientMsgId} not one of its numbers):
   * unexpected wherever it lands.
   */
  synchronized void stray(String device, String conversationId, String clientMsgId) {
    deliveries++;
    unexpected++;
    fail(
        "unexpected: %s got %s of conversation %s, not a message of this run",
        device, clientMsgId, conversationId);
  }

  /** Records an arrival; true when it is the first of this message on this device. */
  synchronized boolean delivered(
      String device, String conversationId, long message, String msgId, long seq) {
    int deviceIndex = device(device);
    long key = key(deviceIndex, message);
    byte state = deliveryState.get(key);
    long msgIdHash = hash(msgId);
    if ((state & ARRIVED) != 0) {
      if (msgIdHashOf.get(message) == msgIdHash) {
        resends++;
      } else {
        duplicates++;
        fail(
            "duplicate: %s got message %d twice (msgId %s seq %d, the first with seq %d)",
            device, message, msgId, seq, seqOf.get(message));
      }
      return false;
    }
    deliveries++;
    deliveryState.put(key, (byte) (state | ARRIVED));
    int conversation = conversation(conversationId);
    if ((state & EXPECTED) != 0) {
      pending--;
    }
    if ((state & EXPECTED) == 0 || conversationOf.get(message) != conversation) {
      unexpected++;
      fail(
          "unexpected: %s got message %d of conversation %s, not meant for it",
          device, message, conversationId);
    }
    int at = msgIdHashOf.indexOf(message);
    if (!msgIdHashOf.indexExists(at)) {
      msgIdHashOf.indexInsert(at, message, msgIdHash);
      seqOf.put(message, seq);
    } else if (msgIdHashOf.indexGet(at) != msgIdHash || seqOf.get(message) != seq) {
      duplicates++;
      fail(
          "duplicate: message %d reached %s as msgId %s seq %d, another device as seq %d",
          message, device, msgId, seq, seqOf.get(message));
    }
    long seqKey = ((long) conversation << 40) | (seq & (MAX_MESSAGE - 1));
    int owner = seqOwner.indexOf(seqKey);
    boolean newSeq = true;
    if (!seqOwner.indexExists(owner)) {
      seqOwner.indexInsert(owner, seqKey, message);
    } else if (seqOwner.indexGet(owner) != message) {
      newSeq = false;
      duplicates++;
      fail(
          "duplicate seq: %s got seq %d of %s for messages %d and %d",
          device, seq, conversationId, seqOwner.indexGet(owner), message);
    }
    Stream stream =
        streams.computeIfAbsent(((long) deviceIndex << 32) | conversation, k -> new Stream());
    if (newSeq) {
      stream.count++;
    }
    if (seq <= stream.highest) {
      outOfOrder++;
      fail(
          "out of order: %s got seq %d of %s after seq %d",
          device, seq, conversationId, stream.highest);
    } else {
      stream.highest = seq;
    }
    stream.lowest = Math.min(stream.lowest, seq);
    return true;
  }

  /** How many expected deliveries have not arrived yet. */
  synchronized long outstanding() {
    return pending;
  }

  /** The expected deliveries that have not arrived, as (device, conversation, message). */
  synchronized List<String[]> missing() {
    return missing(Integer.MAX_VALUE);
  }

  /** At most {@code limit} of {@link #missing()}. */
  private List<String[]> missing(int limit) {
    List<String[]> out = new ArrayList<>();
    for (LongByteCursor c : deliveryState) {
      if (c.value == EXPECTED && out.size() < limit) {
        long message = c.key & (MAX_MESSAGE - 1);
        out.add(
            new String[] {
              devices.get((int) (c.key >>> 40)),
              conversations.get(conversationOf.get(message)),
              Long.toString(message)
            });
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
    for (String[] m : missing(Math.max(0, 20 - all.size()))) {
      all.add("missing: %s never got message %s of %s".formatted(m[0], m[2], m[1]));
    }
    long gaps = 0;
    for (Map.Entry<Long, Stream> e : streams.entrySet()) {
      Stream seen = e.getValue();
      long highest = Math.max(seen.highest, seen.lowest);
      long expectedSeqs = highest - firstSeq + 1;
      if (seen.lowest != firstSeq || seen.count != expectedSeqs) {
        gaps++;
        if (all.size() < 20) {
          all.add(
              "gap: %s has %d seqs of %s between %d and %d (want %d from %d)"
                  .formatted(
                      devices.get((int) (e.getKey() >>> 32)),
                      seen.count,
                      conversations.get((int) (long) e.getKey()),
                      seen.lowest,
                      highest,
                      expectedSeqs,
                      firstSeq));
        }
      }
    }
    return new Report(
        expectedCount,
        deliveries,
        pending,
        unexpected,
        duplicates,
        outOfOrder,
        gaps,
        resends,
        List.copyOf(all.subList(0, Math.min(all.size(), 20))));
  }

  private int device(String name) {
    return index(name, deviceIndex, devices);
  }

  private int conversation(String id) {
    return index(id, conversationIndex, conversations);
  }

  /** The name's number, given in order of first sight. */
  private static int index(String name, Map<String, Integer> numbers, List<String> names) {
    return numbers.computeIfAbsent(
        name,
        n -> {
          names.add(n);
          return names.size() - 1;
        });
  }

  private static long key(int device, long message) {
    if (message < 0 || message >= MAX_MESSAGE) {
      throw new IllegalArgumentException("message number out of range: " + message);
    }
    return ((long) device << 40) | message;
  }

  /** FNV-1a over the id's characters: two different msgIds share a hash once in 2^64. */
  static long hash(String msgId) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < msgId.length(); i++) {
      h ^= msgId.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private void fail(String format, Object... args) {
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
