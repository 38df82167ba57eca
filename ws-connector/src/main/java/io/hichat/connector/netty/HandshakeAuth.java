package io.hichat.connector.netty;

import io.hichat.connector.auth.Authenticator;
import io.hichat.connector.chat.WsException;
import io.hichat.connector.session.Identity;
import io.hichat.model.api.ErrorCode;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates the upgrade request before the WebSocket handshake: the access token from {@code
 * Authorization: Bearer} or {@code ?token=} (browsers cannot set headers), the device from {@code
 * ?deviceId=} or {@code X-Device-Id}. A bad, expired or revoked token gets HTTP 401 with the error
 * envelope and no upgrade. The token version check is asynchronous; the channel reads nothing more
 * meanwhile. On success the identity is attached to the channel and the request goes on to the
 * handshake; this handler then leaves the pipeline.
 */
@ChannelHandler.Sharable
public final class HandshakeAuth extends ChannelInboundHandlerAdapter {

  public static final String DEFAULT_DEVICE = "default";
  public static final String DEVICE_HEADER = "X-Device-Id";
  private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Logger log = LoggerFactory.getLogger(HandshakeAuth.class);

  private final Authenticator authenticator;

  public HandshakeAuth(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest request)) {
      ctx.fireChannelRead(msg);
      return;
    }
    QueryStringDecoder query = new QueryStringDecoder(request.uri());
    String device = first(query, "deviceId");
    if (device == null) {
      device = request.headers().get(DEVICE_HEADER);
    }
    if (device == null || device.isEmpty()) {
      device = DEFAULT_DEVICE;
    }
    if (!DEVICE.matcher(device).matches()) {
      ReferenceCountUtil.release(request);
      HttpResponses.error(
          ctx, ErrorCode.BAD_REQUEST, "deviceId must be 1-64 characters of [A-Za-z0-9._-]");
      return;
    }
    String token = token(request, query);
    String deviceId = device;
    ctx.channel().config().setAutoRead(false);
    authenticator
        .authenticate(token)
        .whenComplete(
            (userId, error) ->
                ctx.executor().execute(() -> finish(ctx, request, deviceId, userId, error)));
  }

  private void finish(
      ChannelHandlerContext ctx,
      FullHttpRequest request,
      String deviceId,
      Long userId,
      Throwable error) {
    if (!ctx.channel().isActive()) {
      ReferenceCountUtil.release(request);
      return;
    }
    if (error != null) {
      ReferenceCountUtil.release(request);
      Throwable cause =
          error instanceof CompletionException && error.getCause() != null
              ? error.getCause()
              : error;
      if (cause instanceof WsException refused) {
        HttpResponses.error(ctx, refused.code(), refused.getMessage());
      } else {
        log.warn("the token check failed: {}", cause.toString());
        HttpResponses.error(ctx, ErrorCode.UNAVAILABLE, ErrorCode.UNAVAILABLE.message());
      }
      return;
    }
    new Identity(userId, deviceId).attach(ctx.channel());
    ctx.channel().config().setAutoRead(true);
    ctx.pipeline().remove(this);
    ctx.fireChannelRead(request);
  }

  private static String token(FullHttpRequest request, QueryStringDecoder query) {
    String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
    if (header != null && !header.isBlank()) {
      String value = header.trim();
      if (value.length() > 7 && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return value.substring(7).trim();
      }
      return null;
    }
    return first(query, "token");
  }

  private static String first(QueryStringDecoder query, String name) {
    List<String> values = query.parameters().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
