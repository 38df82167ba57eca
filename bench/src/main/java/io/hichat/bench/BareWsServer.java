package io.hichat.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The limit the realtime scenarios are compared to: a bare Netty WebSocket server (HTTP codec,
 * aggregator, WebSocket protocol handler, an idle timeout — no auth, no sessions, no presence) that
 * holds connections and pushes one frame to all of them. Runs in its own process for the
 * connections scenario (so its memory can be measured) and in the generator for fan-out.
 */
final class BareWsServer implements AutoCloseable {

  private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, Sockets.ioHandlers());
  private final EventLoopGroup workers;
  private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final Channel server;

  BareWsServer(String host, int port, int threads) throws InterruptedException {
    workers = new MultiThreadIoEventLoopGroup(threads, Sockets.ioHandlers());
    server =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(Sockets.server())
            .option(ChannelOption.SO_BACKLOG, 4096)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new IdleStateHandler(60, 0, 0, TimeUnit.SECONDS))
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(8192))
                        .addLast(new WebSocketServerProtocolHandler("/ws", null, false, 65536))
                        .addLast(
                            new ChannelInboundHandlerAdapter() {
                              @Override
                              public void userEventTriggered(ChannelHandlerContext ctx, Object evt)
                                  throws Exception {
                                if (evt
                                    instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                                  clients.add(ctx.channel());
                                } else if (evt instanceof io.netty.handler.timeout.IdleStateEvent) {
                                  ctx.close();
                                }
                                super.userEventTriggered(ctx, evt);
                              }

                              @Override
                              public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                ReferenceCountUtil.release(msg); // pings: read, nothing to answer
                              }
                            });
                  }
                })
            .bind(host, port)
            .sync()
            .channel();
  }

  int connections() {
    return clients.size();
  }

  /** Writes one text frame to every connection (one buffer, shared). */
  void broadcast(String text) {
    ByteBuf buf = Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
    clients.writeAndFlush(new TextWebSocketFrame(buf));
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** {@code BareWsServer PORT [threads]}: a server process for the connections scenario. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    try (BareWsServer s = new BareWsServer("127.0.0.1", port, threads)) {
      System.out.println("BareWsServer: listening on 127.0.0.1:" + port);
      while (true) {
        Thread.sleep(5_000);
        System.out.println("BareWsServer: " + s.connections() + " connections");
      }
    }
  }
}
