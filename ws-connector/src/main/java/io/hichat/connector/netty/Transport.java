package io.hichat.connector.netty;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * The socket transport: Linux's epoll through Netty's native library where it loads (edge
 * triggered, gathering writes, no selected-key sets to allocate), else the JDK's NIO selector. The
 * pipeline and every handler are the same on both.
 */
record Transport(
    String name, IoHandlerFactory ioHandlers, Class<? extends ServerChannel> serverChannel) {

  static Transport choose(boolean preferNative) {
    if (preferNative && Epoll.isAvailable()) {
      return new Transport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
    }
    return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
  }

  /** Why the native transport is not used, or {@code null} when it is available. */
  static String nativeUnavailableReason() {
    Throwable cause = Epoll.unavailabilityCause();
    return cause == null ? null : cause.toString();
  }
}
