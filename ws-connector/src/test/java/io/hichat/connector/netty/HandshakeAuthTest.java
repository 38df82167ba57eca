package io.hichat.connector.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.connector.Json;
import io.hichat.connector.auth.Authenticator;
import io.hichat.connector.chat.WsException;
import io.hichat.connector.session.Identity;
import io.hichat.model.api.ErrorCode;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HandshakeAuthTest {

  /** Tokens: "good" is user 5, "revoked" is revoked, "boom" finds Redis down. */
  static final Authenticator AUTH =
      new Authenticator() {
        @Override
        public CompletionStage<Long> authenticate(String token) {
          if ("good".equals(token)) {
            return CompletableFuture.completedFuture(5L);
          }
          if ("revoked".equals(token)) {
            return CompletableFuture.failedFuture(new WsException(ErrorCode.TOKEN_REVOKED));
          }
          if ("boom".equals(token)) {
            return CompletableFuture.failedFuture(new IllegalStateException("redis down"));
          }
          return CompletableFuture.failedFuture(
              new WsException(ErrorCode.UNAUTHORIZED, token == null ? "missing token" : "bad"));
        }
      };

  final List<FullHttpRequest> passed = new ArrayList<>();
  final EmbeddedChannel channel =
      new EmbeddedChannel(
          new HttpRoutes(() -> new HttpRoutes.Health("up", 3, "ws-test")),
          new HandshakeAuth(AUTH),
          new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
              passed.add((FullHttpRequest) msg);
            }
          });

  @AfterEach
  void release() {
    passed.forEach(FullHttpRequest::release);
    channel.finishAndReleaseAll();
  }

  static FullHttpRequest upgrade(String uri) {
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
    request
        .headers()
        .set(HttpHeaderNames.HOST, "127.0.0.1")
        .set(HttpHeaderNames.UPGRADE, "websocket")
        .set(HttpHeaderNames.CONNECTION, "keep-alive, Upgrade")
        .set(HttpHeaderNames.SEC_WEBSOCKET_VERSION, "13")
        .set(HttpHeaderNames.SEC_WEBSOCKET_KEY, "dGhlIHNhbXBsZSBub25jZQ==");
    return request;
  }

  FullHttpResponse response() {
    channel.runPendingTasks();
    return channel.readOutbound();
  }

  static JsonNode body(FullHttpResponse response) {
    JsonNode body =
        Json.mapper()
            .readTree(new String(ByteBufUtil.getBytes(response.content()), StandardCharsets.UTF_8));
    response.release();
    return body;
  }

  @Test
  void goodBearerToken_passesTheUpgradeOnWithTheIdentity() {
    FullHttpRequest request = upgrade("/ws");
    request.headers().set(HttpHeaderNames.AUTHORIZATION, "Bearer good");

    channel.writeInbound(request);
    channel.runPendingTasks();

    assertThat(passed).hasSize(1);
    assertThat(channel.<FullHttpResponse>readOutbound()).isNull();
    assertThat(Identity.take(channel)).isEqualTo(new Identity(5, "default"));
    assertThat(channel.pipeline().get(HandshakeAuth.class)).isNull();
    assertThat(channel.config().isAutoRead()).isTrue();
  }

  @Test
  void tokenAndDeviceInTheQuery_areAccepted() {
    channel.writeInbound(upgrade("/ws?token=good&deviceId=phone-2"));
    channel.runPendingTasks();

    assertThat(passed).hasSize(1);
    assertThat(Identity.take(channel)).isEqualTo(new Identity(5, "phone-2"));
  }

  @Test
  void deviceHeader_namesTheDevice() {
    FullHttpRequest request = upgrade("/ws?token=good");
    request.headers().set(HandshakeAuth.DEVICE_HEADER, "web.1");

    channel.writeInbound(request);
    channel.runPendingTasks();

    assertThat(Identity.take(channel)).isEqualTo(new Identity(5, "web.1"));
  }

  @Test
  void missingToken_gets401Envelope_andNoUpgrade() {
    channel.writeInbound(upgrade("/ws"));

    FullHttpResponse response = response();
    assertThat(response.status().code()).isEqualTo(401);
    JsonNode body = body(response);
    assertThat(body.path("code").asInt()).isEqualTo(ErrorCode.UNAUTHORIZED.code());
    assertThat(body.has("data")).isTrue();
    assertThat(body.path("data").isNull()).isTrue();
    assertThat(passed).isEmpty();
    assertThat(channel.isActive()).isFalse();
  }

  @Test
  void badOrRevokedToken_gets401WithItsCode() {
    channel.writeInbound(upgrade("/ws?token=revoked"));

    FullHttpResponse response = response();
    assertThat(response.status().code()).isEqualTo(401);
    assertThat(body(response).path("code").asInt()).isEqualTo(ErrorCode.TOKEN_REVOKED.code());
    assertThat(passed).isEmpty();
  }

  @Test
  void bearerHeaderOfAnotherScheme_isNotAToken() {
    FullHttpRequest request = upgrade("/ws?token=good");
    request.headers().set(HttpHeaderNames.AUTHORIZATION, "Basic Z29vZA==");

    channel.writeInbound(request);

    assertThat(response().status().code()).isEqualTo(401);
    assertThat(passed).isEmpty();
  }

  @Test
  void tokenCheckThatCannotBeMade_gets503() {
    channel.writeInbound(upgrade("/ws?token=boom"));

    FullHttpResponse response = response();
    assertThat(response.status().code()).isEqualTo(503);
    assertThat(body(response).path("code").asInt()).isEqualTo(ErrorCode.UNAVAILABLE.code());
  }

  @Test
  void malformedDeviceId_gets400() {
    channel.writeInbound(upgrade("/ws?token=good&deviceId=a%20b"));

    FullHttpResponse response = response();
    assertThat(response.status().code()).isEqualTo(400);
    response.release();
    assertThat(passed).isEmpty();
  }

  @Test
  void health_answersWithStatusConnectionsAndConnectorId() {
    channel.writeInbound(
        new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/health"));

    FullHttpResponse response = response();
    assertThat(response.status().code()).isEqualTo(200);
    JsonNode body = body(response);
    assertThat(body.path("status").asString()).isEqualTo("up");
    assertThat(body.path("connections").asInt()).isEqualTo(3);
    assertThat(body.path("connectorId").asString()).isEqualTo("ws-test");
  }

  @Test
  void otherPaths_get404() {
    channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/x"));

    FullHttpResponse response = response();
    assertThat(response.status().code()).isEqualTo(404);
    assertThat(body(response).path("code").asInt()).isEqualTo(ErrorCode.ROUTE_NOT_FOUND.code());
  }

  @Test
  void plainGetOnTheSocketPath_is400_notAnUpgrade() {
    channel.writeInbound(
        new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/ws?token=good"));

    FullHttpResponse response = response();
    assertThat(response.status().code()).isEqualTo(400);
    response.release();
    assertThat(passed).isEmpty();
  }
}
