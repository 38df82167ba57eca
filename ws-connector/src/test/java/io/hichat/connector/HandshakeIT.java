package io.hichat.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.store.RedisTokenVersions;
import io.hichat.connector.support.Stack;
import io.hichat.connector.support.WsClient;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.api.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;
import tools.jackson.databind.JsonNode;

/** The upgrade: only a valid, current token opens a socket. */
class HandshakeIT {

  final Connector connector = Stack.connector();

  /** Sends an upgrade request by hand and returns the raw response. */
  String upgrade(String query) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", connector.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /ws"
                  + query
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                  + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                  + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static JsonNode body(String response) {
    return Json.mapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
  }

  @Test
  void badOrMissingToken_gets401WithTheEnvelope_andNoUpgrade() throws IOException {
    String bad = upgrade("?token=not.a.jwt");
    String missing = upgrade("");

    assertThat(bad).startsWith("HTTP/1.1 401");
    assertThat(bad).doesNotContain("101 Switching");
    assertThat(body(bad).path("code").asInt()).isEqualTo(ErrorCode.UNAUTHORIZED.code());
    assertThat(body(bad).path("data").isNull()).isTrue();
    assertThat(missing).startsWith("HTTP/1.1 401");
  }

  @Test
  void revokedToken_gets401TokenRevoked() throws IOException {
    TestUser ada = Stack.user("ada");
    Stack.redis().getBucket(RedisTokenVersions.key(ada.id()), StringCodec.INSTANCE).set("99");

    String response = upgrade("?token=" + ada.token());

    assertThat(response).startsWith("HTTP/1.1 401");
    assertThat(body(response).path("code").asInt()).isEqualTo(ErrorCode.TOKEN_REVOKED.code());
  }

  @Test
  void validToken_upgrades_andTheHealthCheckCountsTheConnection() throws Exception {
    TestUser bob = Stack.user("bob");
    try (WsClient socket = Stack.socket(bob)) {
      socket.send("{\"id\":\"p\",\"method\":\"chat.ping\"}");
      assertThat(socket.reply("p").path("data").asString()).isEqualTo("pong");

      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + connector.port() + "/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode body = Json.mapper().readTree(health.body());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(body.path("status").asString()).isEqualTo("up");
      assertThat(body.path("connections").asInt()).isPositive();
      assertThat(body.path("connectorId").asString()).isEqualTo(connector.connectorId());
    }
  }
}
