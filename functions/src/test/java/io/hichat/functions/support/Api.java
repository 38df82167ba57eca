package io.hichat.functions.support;

import io.hichat.functions.http.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A small HTTP client for tests, speaking to the local gateway as any client would. */
public final class Api {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  Api(String base) {
    this.base = base;
  }

  public String base() {
    return base;
  }

  /** A response: HTTP status and the parsed body (the envelope, or the raw document). */
  public record Resp(int status, JsonNode body, String raw) {
    public int code() {
      return body.path("code").asInt();
    }

    public JsonNode data() {
      return body.path("data");
    }
  }

  public Resp get(String path, String token) {
    return send(builder(path, token).GET());
  }

  public Resp json(String method, String path, String json, String token) {
    HttpRequest.Builder b =
        builder(path, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
    return send(b);
  }

  public Resp post(String path, String json, String token) {
    return json("POST", path, json, token);
  }

  public Resp put(String path, String json, String token) {
    return json("PUT", path, json, token);
  }

  public Resp delete(String path, String json, String token) {
    return json("DELETE", path, json, token);
  }

  /** A multipart/form-data POST with one part named {@code field}. */
  public Resp upload(
      String path, String field, String fileName, String contentType, byte[] bytes, String token) {
    String boundary = "----hichat" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bytes, 0, body, head.length, bytes.length);
    System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
    return send(
        builder(path, token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Resp raw(HttpRequest.Builder request) {
    return send(request);
  }

  public HttpRequest.Builder builder(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Resp send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String raw = response.body();
      JsonNode body;
      try {
        body =
            raw == null || raw.isEmpty()
                ? JsonCodec.strict().missingNode()
                : JsonCodec.strict().readTree(raw);
      } catch (tools.jackson.core.JacksonException notJson) {
        body = JsonCodec.strict().missingNode();
      }
      return new Resp(response.statusCode(), body, raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
