package io.hichat.connector.netty;

import io.hichat.model.api.ErrorCode;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.util.function.Supplier;

/**
 * The plain HTTP side: {@code GET /health} for load balancers, a WebSocket upgrade request on
 * {@code /ws} passed on to the handshake, and 404 for anything else. Leaves the pipeline once it
 * has passed the upgrade request on.
 */
@ChannelHandler.Sharable
public final class HttpRoutes extends ChannelInboundHandlerAdapter {

  public static final String WS_PATH = "/ws";
  public static final String HEALTH_PATH = "/health";

  /** The health document: {@code status} is {@code up}, or {@code draining} (then 503). */
  public record Health(String status, int connections, String connectorId) {
    public boolean up() {
      return "up".equals(status);
    }
  }

  private final Supplier<Health> health;

  public HttpRoutes(Supplier<Health> health) {
    this.health = health;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest request)) {
      ctx.fireChannelRead(msg);
      return;
    }
    String path = new QueryStringDecoder(request.uri()).path();
    if (WS_PATH.equals(path) && HttpMethod.GET.equals(request.method()) && isUpgrade(request)) {
      ctx.pipeline().remove(this);
      ctx.fireChannelRead(request);
      return;
    }
    try {
      if (WS_PATH.equals(path)) {
        if (!HttpMethod.GET.equals(request.method())) {
          HttpResponses.error(
              ctx, ErrorCode.METHOD_NOT_ALLOWED, "the WebSocket is opened with GET");
        } else {
          HttpResponses.error(ctx, ErrorCode.BAD_REQUEST, "expected a WebSocket upgrade request");
        }
      } else if (HEALTH_PATH.equals(path)) {
        if (!HttpMethod.GET.equals(request.method())) {
          HttpResponses.error(ctx, ErrorCode.METHOD_NOT_ALLOWED, "use GET");
        } else {
          Health now = health.get();
          HttpResponses.json(
              ctx, now.up() ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE, now);
        }
      } else {
        HttpResponses.error(ctx, ErrorCode.ROUTE_NOT_FOUND, "no such endpoint");
      }
    } finally {
      ReferenceCountUtil.release(request);
    }
  }

  private static boolean isUpgrade(FullHttpRequest request) {
    return request
            .headers()
            .containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)
        && request
            .headers()
            .containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true);
  }
}
