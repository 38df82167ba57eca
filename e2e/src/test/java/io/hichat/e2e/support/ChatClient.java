package io.hichat.e2e.support;

import io.hichat.model.im.ChatTypes;
import io.hichat.model.ws.Frame;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One device of one user, speaking HiChat's WebSocket protocol as a client would: it sends data
 * frames and waits for their single ack or error, confirms every chat frame it is pushed, keeps
 * what it was pushed, and after a lost connection reconnects (to any connector it is given),
 * resends the frames that were never answered and pulls what it missed with {@code chat.sync}.
 *
 * <p>Its view of each conversation is keyed by seq, so the same message seen twice (pushed and then
 * synced, or re-pushed) is one message; {@link #duplicateDeliveries()} counts how often a seq
 * arrived again with a different message, which must never happen.
 */
public final class ChatClient implements AutoCloseable {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final long userId;
  private final String token;
  private final String deviceId;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong frameIds = new AtomicLong();

  /** Frames sent and not answered yet, in the order they were first sent. */
  private final Map<String, Pending> pending =
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

  private final Map<String, NavigableMap<Long, JsonNode>> messages = new ConcurrentHashMap<>();
  private final List<JsonNode> pushes = new CopyOnWriteArrayList<>();
  private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
  private final AtomicLong conflicts = new AtomicLong();
  private final Object sendLock = new Object();
  private volatile WebSocket socket;
  private volatile CompletableFuture<Integer> closed = new CompletableFuture<>();

  private record Pending(ObjectNode frame, CompletableFuture<JsonNode> answer) {}

  public ChatClient(long userId, String token, String deviceId) {
    this.userId = userId;
    this.token = token;
    this.deviceId = deviceId;
  }

  public long userId() {
    return userId;
  }

  public String deviceId() {
    return deviceId;
  }

  public String token() {
    return token;
  }

  /** Opens the socket on the connector at {@code port}; fails when the handshake is refused. */
  public ChatClient connect(int port) {
    String query =
        "token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8)
            + "&deviceId="
            + URLEncoder.encode(deviceId, StandardCharsets.UTF_8);
    closed = new CompletableFuture<>();
    socket =
        http.newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws?" + query), new Listener())
            .orTimeout(10, TimeUnit.SECONDS)
            .join();
    return this;
  }

  /**
   * Connects to {@code port} after a lost connection, resends every frame still unanswered (same
   * frame id, same clientMsgId) and syncs the given conversations from the last seq held.
   */
  public synchronized void recover(int port, List<String> conversations) {
    if (isOpen()) {
      return;
    }
    connect(port);
    List<Pending> unanswered;
    synchronized (pending) {
      unanswered = List.copyOf(pending.values());
    }
    for (Pending p : unanswered) {
      sendRaw(p.frame().toString());
    }
    for (String conversation : conversations) {
      syncAll(conversation);
    }
  }

  /** Sends a data frame; the future completes with the ack or error frame answering it. */
  public CompletableFuture<JsonNode> request(String method, Object data) {
    String id = "f-" + deviceId + "-" + frameIds.incrementAndGet();
    ObjectNode frame = JSON.createObjectNode();
    frame.put("id", id);
    frame.put("frameType", Frame.DATA);
    frame.put("method", method);
    frame.set("data", JSON.valueToTree(data));
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, new Pending(frame, answer));
    sendRaw(frame.toString());
    return answer;
  }

  /** Sends text as is (for malformed or hand-made frames). */
  public void sendRaw(String text) {
    WebSocket ws = socket;
    synchronized (sendLock) {
      try {
        ws.sendText(text, true).get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        // the connection is gone; recover() resends what was not answered
      }
    }
  }

  /** Sends a text message and returns its clientMsgId; the ack arrives later. */
  public CompletableFuture<JsonNode> sendText(
      int chatType, long recvId, String clientMsgId, String text) {
    Map<String, Object> msg = Map.of("mType", ChatTypes.TEXT, "content", text);
    return request(
        "chat.user",
        Map.of(
            "chatType",
            chatType,
            "recvId",
            Long.toString(recvId),
            "clientMsgId",
            clientMsgId,
            "msg",
            msg));
  }

  /** Pulls every message of {@code conversationId} after the last contiguous seq held. */
  public void syncAll(String conversationId) {
    boolean more = true;
    while (more) {
      long after = contiguousSeq(conversationId);
      JsonNode answer =
          request(
                  "chat.sync",
                  Map.of("conversationId", conversationId, "afterSeq", after, "limit", 200))
              .orTimeout(10, TimeUnit.SECONDS)
              .join();
      if (answer.path("frameType").asInt() != Frame.ACK) {
        throw new IllegalStateException("chat.sync refused: " + answer);
      }
      JsonNode data = answer.path("data");
      for (JsonNode m : data.path("messages")) {
        keep(m);
      }
      more = data.path("hasMore").asBoolean(false);
    }
  }

  /** The highest seq up to which this device holds every message of the conversation. */
  public long contiguousSeq(String conversationId) {
    NavigableMap<Long, JsonNode> view = messages.get(conversationId);
    long seq = 0;
    if (view != null) {
      while (view.containsKey(seq + 1)) {
        seq++;
      }
    }
    return seq;
  }

  /** Messages of a conversation this device holds, by seq. */
  public NavigableMap<Long, JsonNode> messages(String conversationId) {
    return messages.getOrDefault(conversationId, new ConcurrentSkipListMap<>());
  }

  /** Every data frame pushed to this device, in arrival order. */
  public List<JsonNode> pushes() {
    return pushes;
  }

  public List<JsonNode> pushes(int contentType) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode p : pushes) {
      if (p.path("method").asText().isEmpty()
          && p.path("data").path("contentType").asInt(-1) == contentType) {
        out.add(p);
      }
    }
    return out;
  }

  public List<JsonNode> pushes(String method) {
    return pushes.stream().filter(p -> method.equals(p.path("method").asText())).toList();
  }

  /** How often a seq arrived carrying a different message than the one held. */
  public long duplicateDeliveries() {
    return conflicts.get();
  }

  public int unanswered() {
    return pending.size();
  }

  public List<Integer> closeCodes() {
    return closeCodes;
  }

  public CompletableFuture<Integer> closedFuture() {
    return closed;
  }

  public boolean isOpen() {
    WebSocket ws = socket;
    return ws != null && !ws.isInputClosed() && !closed.isDone();
  }

  @Override
  public void close() {
    WebSocket ws = socket;
    if (ws != null && !ws.isOutputClosed()) {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
          .orTimeout(3, TimeUnit.SECONDS)
          .exceptionally(e -> null);
    }
    if (ws != null) {
      ws.abort();
    }
  }

  private void keep(JsonNode message) {
    String conversation = message.path("conversationId").asText();
    long seq = message.path("seq").asLong(0);
    if (seq <= 0) {
      return;
    }
    JsonNode before =
        messages
            .computeIfAbsent(conversation, c -> new ConcurrentSkipListMap<>())
            .putIfAbsent(seq, message);
    if (before != null && !before.path("msgId").asText().equals(message.path("msgId").asText())) {
      conflicts.incrementAndGet();
    }
  }

  private void onFrame(JsonNode frame) {
    int type = frame.path("frameType").asInt(-1);
    if (type == Frame.ACK || type == Frame.ERROR) {
      Pending p = pending.remove(frame.path("id").asText());
      if (p != null) {
        p.answer().complete(frame);
      }
      return;
    }
    if (type != Frame.DATA) {
      return;
    }
    pushes.add(frame);
    JsonNode data = frame.path("data");
    if (frame.path("method").asText().isEmpty()) {
      int contentType = data.path("contentType").asInt(-1);
      if (contentType == ChatTypes.CONTENT_MESSAGE || contentType == ChatTypes.CONTENT_ECHO) {
        keep(data);
      }
      if (contentType != ChatTypes.CONTENT_READ) {
        sendRaw("{\"id\":\"" + frame.path("id").asText() + "\",\"frameType\":3}");
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        onFrame(JSON.readTree(text));
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closeCodes.add(statusCode);
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closeCodes.add(-1);
      closed.complete(-1);
    }
  }
}
