package io.hichat.bench;

import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.ws.Frame;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chat side of a run: sends {@code chat.user} frames, reads what comes back on every device
 * (acks, errors, pushes), confirms pushed frames as a client must, feeds the {@link Integrity}
 * checker and the latency recorders. One instance per scenario run.
 */
final class ChatTraffic {

  /** Padding so a message is about the size of a short chat line. */
  static final String PAD = "x".repeat(80);

  final Integrity integrity = new Integrity();

  /** Send (scheduled time) to arrival on each receiving device. */
  volatile Latency arrival = new Latency();

  /** Send to arrival on the last of the message's receiving devices. */
  volatile Latency complete = new Latency();

  /** Send to the ack of {@code chat.user} (Kafka has it). */
  volatile Latency acked = new Latency();

  final AtomicLong sent = new AtomicLong();
  final AtomicLong acks = new AtomicLong();
  final AtomicLong errors = new AtomicLong();
  final AtomicLong failedPushes = new AtomicLong();
  final AtomicLong deliveries = new AtomicLong();
  final AtomicLong echoes = new AtomicLong();
  final AtomicLong completed = new AtomicLong();
  final ConcurrentHashMap<String, String> errorSamples = new ConcurrentHashMap<>();

  /** A message's {@code clientMsgId} is this and the message's number in the run. */
  static final String ID_PREFIX = "b";

  private final AtomicLong ids = new AtomicLong();
  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
  volatile Progress progress;

  private static final class Pending {
    final long t0;
    final AtomicInteger remaining;

    /** The deliveries still to come plus the ack: at zero the entry is dropped. */
    final AtomicInteger open;

    final List<String> devices;
    final String sender;

    Pending(long t0, int receivers, List<String> devices, String sender) {
      this.t0 = t0;
      this.remaining = new AtomicInteger(receivers);
      this.open = new AtomicInteger(receivers + 1);
      this.devices = devices;
      this.sender = sender;
    }
  }

  /**
   * Forgets a message once it is acked and every receiver has it (the integrity check keeps its own
   * record).
   */
  private void settle(String clientMsgId, Pending p) {
    if (p.open.decrementAndGet() == 0) {
      pending.remove(clientMsgId, p);
    }
  }

  /**
   * Sends one message from {@code from} to the conversation; {@code receivers} are the devices that
   * must get it (the sender's own device gets the echo). {@code t0} is the scheduled send time
   * (System.nanoTime), so a late sender does not hide queueing.
   */
  /** A 1:1 message from {@code from} (over {@code conn}) to {@code to}'s device. */
  void sendSingle(WsClients.Conn conn, Api.User from, Api.User to, long t0) {
    send(
        conn,
        ChatTypes.SINGLE,
        Long.toString(to.id()),
        ConversationIds.single(from.id(), to.id()),
        List.of(to.device()),
        t0);
  }

  void send(
      WsClients.Conn from,
      int chatType,
      String recvId,
      String conversationId,
      List<String> receivers,
      long t0) {
    long number = ids.incrementAndGet();
    String clientMsgId = ID_PREFIX + number;
    for (String d : receivers) {
      integrity.expect(d, conversationId, number);
    }
    integrity.expect(from.device, conversationId, number);
    pending.put(clientMsgId, new Pending(t0, receivers.size(), receivers, from.device));
    String frame =
        "{\"id\":\""
            + clientMsgId
            + "\",\"frameType\":0,\"method\":\"chat.user\",\"data\":{\"conversationId\":\""
            + conversationId
            + "\",\"chatType\":"
            + chatType
            + ",\"recvId\":\""
            + recvId
            + "\",\"clientMsgId\":\""
            + clientMsgId
            + "\",\"msg\":{\"mType\":1,\"content\":\"bench "
            + t0
            + " "
            + PAD
            + "\"}}}";
    sent.incrementAndGet();
    from.send(frame);
  }

  /** The number in a {@code clientMsgId} of this run, or -1 when it is not one. */
  static long number(String clientMsgId) {
    if (clientMsgId == null
        || clientMsgId.length() <= ID_PREFIX.length()
        || clientMsgId.length() > ID_PREFIX.length() + 12
        || !clientMsgId.startsWith(ID_PREFIX)
        || clientMsgId.charAt(ID_PREFIX.length()) == '-'
        || clientMsgId.charAt(ID_PREFIX.length()) == '+') {
      return -1;
    }
    try {
      return Long.parseLong(clientMsgId, ID_PREFIX.length(), clientMsgId.length(), 10);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The size in bytes of a chat.user frame as {@link #send} writes it. */
  static int frameSize() {
    return ("{\"id\":\"b1000000\",\"frameType\":0,\"method\":\"chat.user\",\"data\":{\"conversationId\":\"1000000_1000001\",\"chatType\":1,\"recvId\":\"1000001\",\"clientMsgId\":\"b1000000\",\"msg\":{\"mType\":1,\"content\":\"bench 123456789012345 "
            + PAD
            + "\"}}}")
        .length();
  }

  /** Every text frame of every connection comes here (on the connection's event loop). */
  void onText(WsClients.Conn conn, String text) {
    long now = System.nanoTime();
    ServerFrame f = ServerFrame.read(text);
    String id = f.id();
    switch (f.frameType()) {
      case Frame.DATA -> {
        String method = f.method() == null ? "" : f.method();
        if (method.isEmpty()) {
          onChat(conn, f, id, now);
        } else if (method.equals("chat.failed")) {
          failedPushes.incrementAndGet();
          errorSamples.putIfAbsent("chat.failed", text);
        }
      }
      case Frame.ACK -> {
        Pending p = id == null ? null : pending.get(id);
        if (p != null) {
          acks.incrementAndGet();
          acked.recordNanos(now - p.t0);
          settle(id, p);
        }
      }
      case Frame.ERROR -> {
        Pending p = id == null ? null : pending.remove(id);
        if (p != null) {
          errors.incrementAndGet();
          errorSamples.putIfAbsent(String.valueOf(f.code()), text);
          long number = number(id);
          for (String d : p.devices) {
            integrity.withdraw(d, number);
          }
          integrity.withdraw(p.sender, number);
        }
      }
      default -> {}
    }
  }

  private void onChat(WsClients.Conn conn, ServerFrame d, String frameId, long now) {
    int contentType = d.contentType();
    if (contentType != 0 && contentType != 7) {
      return;
    }
    if (frameId != null) {
      conn.ack(frameId);
    }
    String clientMsgId = d.clientMsgId();
    long number = number(clientMsgId);
    String conversationId = String.valueOf(d.conversationId());
    if (number < 0) {
      integrity.stray(conn.device, conversationId, String.valueOf(clientMsgId));
      return;
    }
    boolean first =
        integrity.delivered(
            conn.device, conversationId, number, String.valueOf(d.msgId()), d.seq());
    if (!first) {
      return;
    }
    if (contentType == 7) {
      echoes.incrementAndGet();
      return;
    }
    deliveries.incrementAndGet();
    Progress p0 = progress;
    if (p0 != null) {
      p0.count();
    }
    Pending p = clientMsgId == null ? null : pending.get(clientMsgId);
    if (p != null) {
      arrival.recordNanos(now - p.t0);
      if (p.remaining.decrementAndGet() == 0) {
        complete.recordNanos(now - p.t0);
        completed.incrementAndGet();
      }
      settle(clientMsgId, p);
    }
  }
}
