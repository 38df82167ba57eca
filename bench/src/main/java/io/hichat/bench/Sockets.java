package io.hichat.bench;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * The socket transport of the generator's clients and of the bare Netty server: epoll where Netty's
 * native library loads, as the connector uses it, unless {@code HICHAT_BENCH_TRANSPORT=nio}. The
 * generator shares the machine it measures, so the cheaper transport leaves more of it to HiChat,
 * and the bare server compared against a connector uses the same one.
 */
final class Sockets {

  static final boolean EPOLL =
      !"nio".equals(Config.env("HICHAT_BENCH_TRANSPORT", "native")) && Epoll.isAvailable();

  private Sockets() {}

  static String name() {
    return EPOLL ? "epoll" : "nio";
  }

  static IoHandlerFactory ioHandlers() {
    return EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
  }

  static Class<? extends SocketChannel> client() {
    return EPOLL ? EpollSocketChannel.class : NioSocketChannel.class;
  }

  static Class<? extends ServerChannel> server() {
    return EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
  }
}
