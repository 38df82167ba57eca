package io.hichat.connector.netty;

import io.hichat.connector.Json;
import io.hichat.model.api.ErrorCode;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** The few plain HTTP answers the connector gives: JSON, then the connection is closed. */
final class HttpResponses {

  /** The platform's error envelope (SEED-SPEC §0.2): {@code data} is always null here. */
  record Envelope(int code, String msg, Object data) {}

  private HttpResponses() {}

  static void error(ChannelHandlerContext ctx, ErrorCode code, String message) {
    json(
        ctx,
        HttpResponseStatus.valueOf(code.httpStatus()),
        new Envelope(code.code(), message, null));
  }

  static void json(ChannelHandlerContext ctx, HttpResponseStatus status, Object body) {
    byte[] bytes = Json.mapper().writeValueAsBytes(body);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
    response
        .headers()
        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
        .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }
}
