package io.hichat.connector.netty;

import io.hichat.connector.ConnectorConfig;
import io.hichat.connector.auth.Authenticator;
import io.hichat.connector.chat.Methods;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.PresenceWriter;
import io.hichat.connector.session.Sessions;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket server: one acceptor thread, the event loops, the pipeline of {@link
 * ConnectorInitializer}. {@link #drain} stops accepting and closes every connection with 1001
 * "going away"; {@link #close} then stops the threads.
 */
public final class ConnectorServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ConnectorServer.class);

  /** Pending outbound bytes at which a channel turns unwritable, and writable again. */
  static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(32 * 1024, 64 * 1024);

  private final Sessions sessions;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final Channel serverChannel;
  private volatile boolean draining;

  private ConnectorServer(
      ConnectorConfig config,
      Sessions sessions,
      PresenceWriter presence,
      Authenticator authenticator,
      Methods methods)
      throws InterruptedException {
    this.sessions = sessions;
    Transport transport = Transport.choose(config.tuning().nativeTransport());
    if (config.tuning().nativeTransport() && !transport.name().equals("epoll")) {
      log.info("native transport unavailable, using NIO: {}", Transport.nativeUnavailableReason());
    }
    log.info("socket transport: {}", transport.name());
    this.boss = new MultiThreadIoEventLoopGroup(1, transport.ioHandlers());
    this.workers =
        new MultiThreadIoEventLoopGroup(config.tuning().ioThreads(), transport.ioHandlers());
    HttpRoutes routes =
        new HttpRoutes(
            () ->
                new HttpRoutes.Health(
                    draining ? "draining" : "up", sessions.size(), config.connectorId()));
    ConnectorInitializer initializer =
        new ConnectorInitializer(
            config.tuning(),
            routes,
            new HandshakeAuth(authenticator),
            new SessionLifecycle(sessions, presence, () -> draining),
            new Dispatcher(methods));
    try {
      this.serverChannel =
          new ServerBootstrap()
              .group(boss, workers)
              .channel(transport.serverChannel())
              .option(ChannelOption.SO_BACKLOG, 1024)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
              .childHandler(initializer)
              .bind(config.bind(), config.port())
              .sync()
              .channel();
    } catch (RuntimeException | InterruptedException e) {
      boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw e;
    }
  }

  public static ConnectorServer start(
      ConnectorConfig config,
      Sessions sessions,
      PresenceWriter presence,
      Authenticator authenticator,
      Methods methods)
      throws InterruptedException {
    return new ConnectorServer(config, sessions, presence, authenticator, methods);
  }

  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  public boolean draining() {
    return draining;
  }

  /**
   * Stops accepting, closes every connection with 1001 and waits up to {@code timeout} for them to
   * close. Returns the connections that were open.
   */
  public List<Connection> drain(Duration timeout) throws InterruptedException {
    draining = true;
    serverChannel.close().await(timeout.toMillis());
    List<Connection> open = sessions.all();
    open.forEach(c -> c.close(Connection.CLOSE_GOING_AWAY, "going away"));
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Connection c : open) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !c.channel().closeFuture().await(left, TimeUnit.NANOSECONDS)) {
        c.channel().close();
      }
    }
    return open;
  }

  @Override
  public void close() {
    draining = true;
    serverChannel.close();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
