package io.hichat.connector.support;

import io.hichat.connector.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A WebSocket client as an app would hold one (the JDK's), collecting what the server sends. */
public final class WsClient implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(15);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final WebSocket socket;
  private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
  private final List<JsonNode> skipped = new ArrayList<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();

  private WsClient(URI uri) {
    this.socket = HTTP.newWebSocketBuilder().buildAsync(uri, new Listener()).join();
  }

  /** Connects as the token's user, on {@code device} (null: the default device). */
  public static WsClient connect(int port, String token, String device) {
    String query = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    if (device != null) {
      query += "&deviceId=" + device;
    }
    return new WsClient(URI.create("ws://127.0.0.1:" + port + "/ws?" + query));
  }

  public void send(String json) {
    socket.sendText(json, true).join();
  }

  public void sendBinary(java.nio.ByteBuffer bytes) {
    socket.sendBinary(bytes, true).join();
  }

  /** The next frame the server sent that matches, waiting up to 15 s; others are kept. */
  public JsonNode next(Predicate<JsonNode> match) {
    Iterator<JsonNode> it = skipped.iterator();
    while (it.hasNext()) {
      JsonNode frame = it.next();
      if (match.test(frame)) {
        it.remove();
        return frame;
      }
    }
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      JsonNode frame;
      try {
        frame = incoming.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      if (frame == null) {
        throw new AssertionError("no matching frame within " + WAIT + "; got " + skipped);
      }
      if (match.test(frame)) {
        return frame;
      }
      skipped.add(frame);
    }
  }

  /** The ack or error frame answering the frame with this id. */
  public JsonNode reply(String id) {
    return next(
        f ->
            id.equals(f.path("id").asString(null))
                && (f.path("frameType").asInt() == 3 || f.path("frameType").asInt() == 2));
  }

  /** A frame the server pushed (frameType 0) with this method. */
  public JsonNode push(String method) {
    return next(
        f -> f.path("frameType").asInt(-1) == 0 && method.equals(f.path("method").asString(null)));
  }

  /** Every frame received so far and within {@code quiet} of the last one. */
  public List<JsonNode> drain(Duration quiet) {
    List<JsonNode> out = new ArrayList<>(skipped);
    skipped.clear();
    while (true) {
      try {
        JsonNode frame = incoming.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
          return out;
        }
        out.add(frame);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** The close code the server sent, waiting up to 15 s. */
  public int closeCode() {
    try {
      return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the server did not close the socket", e);
    }
  }

  public boolean isClosed() {
    return closed.isDone();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
    }
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        incoming.add(Json.mapper().readTree(partial.toString()));
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.complete(-1);
    }
  }
}
