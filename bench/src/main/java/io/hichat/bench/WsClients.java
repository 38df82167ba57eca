package io.hichat.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.flush.FlushConsolidationHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Many WebSocket client connections on one event-loop group (no thread per connection). Each
 * connection pings with a no-ack {@code chat.ping} every 20 s, as clients do, and hands every text
 * frame to its listener on the event loop.
 */
final class WsClients implements AutoCloseable {

  static final AtomicLong PING_IDS = new AtomicLong();

  final EventLoopGroup group;
  private final Bootstrap bootstrap;
  final AtomicLong framesIn = new AtomicLong();
  final AtomicLong closed = new AtomicLong();

  WsClients(int threads) {
    group = new MultiThreadIoEventLoopGroup(threads, Sockets.ioHandlers());
    bootstrap =
        new Bootstrap()
            .group(group)
            .channel(Sockets.client())
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
            .option(ChannelOption.SO_RCVBUF, 16 * 1024)
            .option(ChannelOption.SO_SNDBUF, 16 * 1024)
            .option(
                ChannelOption.WRITE_BUFFER_WATER_MARK,
                new WriteBufferWaterMark(8 * 1024, 32 * 1024));
  }

  /** One open connection. */
  static final class Conn {
    final String device;
    volatile Channel channel;

    Conn(String device) {
      this.device = device;
    }

    void send(String text) {
      channel.writeAndFlush(new TextWebSocketFrame(text), channel.voidPromise());
    }

    /** Confirms a pushed chat frame. */
    void ack(String id) {
      send("{\"id\":" + Json.quote(id) + ",\"frameType\":3}");
    }

    void close() {
      Channel c = channel;
      if (c != null) {
        c.writeAndFlush(new CloseWebSocketFrame()).addListener(f -> c.close());
      }
    }
  }

  /**
   * Opens {@code uri} (token and device in its query) from {@code localAddress} (null: any);
   * completes when the WebSocket handshake is done. {@code onText} gets (connection, text).
   */
  CompletableFuture<Conn> connect(
      URI uri, String device, String localAddress, BiConsumer<Conn, String> onText, boolean ping) {
    CompletableFuture<Conn> done = new CompletableFuture<>();
    Conn conn = new Conn(device);
    int port = uri.getPort();
    Bootstrap b =
        bootstrap
            .clone()
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        // acks written while reading go out together when the read completes
                        .addLast(new FlushConsolidationHandler(64, true))
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(8192))
                        .addLast(
                            // no UTF-8 check of every frame: the generator shares the machine it
                            // measures, and the frames it reads are parsed as JSON anyway
                            new WebSocketClientProtocolHandler(
                                WebSocketClientProtocolConfig.newBuilder()
                                    .webSocketUri(uri)
                                    .version(WebSocketVersion.V13)
                                    .allowExtensions(false)
                                    .customHeaders(new DefaultHttpHeaders())
                                    .maxFramePayloadLength(1 << 20)
                                    .handleCloseFrames(true)
                                    .withUTF8Validator(false)
                                    .build()))
                        .addLast(new Handler(conn, done, onText, ping));
                  }
                });
    ChannelFuture f =
        localAddress == null
            ? b.connect(uri.getHost(), port)
            : b.connect(
                new InetSocketAddress(uri.getHost(), port), new InetSocketAddress(localAddress, 0));
    conn.channel = f.channel();
    f.addListener(
        r -> {
          if (!r.isSuccess()) {
            done.completeExceptionally(r.cause());
          }
        });
    f.channel()
        .closeFuture()
        .addListener(
            r -> {
              closed.incrementAndGet();
              done.completeExceptionally(new IllegalStateException("closed before the handshake"));
            });
    return done;
  }

  private final class Handler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private final Conn conn;
    private final CompletableFuture<Conn> done;
    private final BiConsumer<Conn, String> onText;
    private final boolean ping;

    Handler(
        Conn conn, CompletableFuture<Conn> done, BiConsumer<Conn, String> onText, boolean ping) {
      this.conn = conn;
      this.done = done;
      this.onText = onText;
      this.ping = ping;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
      if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
        if (ping) {
          schedulePing(ctx, 1_000 + ThreadLocalRandom.current().nextLong(19_000));
        }
        done.complete(conn);
      }
      super.userEventTriggered(ctx, evt);
    }

    private void schedulePing(ChannelHandlerContext ctx, long delayMs) {
      ctx.executor()
          .schedule(
              () -> {
                if (ctx.channel().isActive()) {
                  conn.send(
                      "{\"id\":\"p"
                          + PING_IDS.incrementAndGet()
                          + "\",\"frameType\":4,\"method\":\"chat.ping\"}");
                  schedulePing(ctx, 20_000);
                }
              },
              delayMs,
              TimeUnit.MILLISECONDS);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
      if (frame instanceof TextWebSocketFrame text) {
        framesIn.incrementAndGet();
        onText.accept(conn, text.text());
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      done.completeExceptionally(cause);
      ctx.close();
    }
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
