package io.hichat.connector.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.junit.jupiter.api.Test;

class TransportTest {

  @Test
  void nio_whenNativeIsNotWanted() {
    Transport t = Transport.choose(false);

    assertThat(t.name()).isEqualTo("nio");
    assertThat(t.serverChannel()).isEqualTo(NioServerSocketChannel.class);
  }

  @Test
  void epoll_whenWantedAndItLoads_elseNioWithTheReason() {
    Transport t = Transport.choose(true);

    if (Epoll.isAvailable()) {
      assertThat(t.name()).isEqualTo("epoll");
      assertThat(t.serverChannel()).isEqualTo(EpollServerSocketChannel.class);
      assertThat(Transport.nativeUnavailableReason()).isNull();
    } else {
      assertThat(t.name()).isEqualTo("nio");
      assertThat(Transport.nativeUnavailableReason()).isNotBlank();
    }
  }

  @Test
  void theNativeLibraryLoadsOnLinuxX86() {
    // the connector ships the x86_64 and aarch64 libraries; on those Linux machines epoll must load
    String os = System.getProperty("os.name").toLowerCase();
    String arch = System.getProperty("os.arch");
    if (os.contains("linux") && (arch.equals("amd64") || arch.equals("aarch64"))) {
      assertThat(Epoll.isAvailable()).as(String.valueOf(Epoll.unavailabilityCause())).isTrue();
    }
  }
}
