package io.hichat.connector.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboundGuardTest {

  final EmbeddedChannel channel = channel();

  static EmbeddedChannel channel() {
    EmbeddedChannel channel = new EmbeddedChannel();
    channel.freezeTime();
    channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
    channel.pipeline().addLast(new OutboundGuard(Duration.ofSeconds(5), 1000));
    return channel;
  }

  void writeUnflushed(int bytes) {
    channel.write(Unpooled.wrappedBuffer(new byte[bytes]));
    channel.runPendingTasks();
  }

  @Test
  void clientThatStaysUnwritablePastTheGrace_isDisconnected() {
    writeUnflushed(32);
    assertThat(channel.isWritable()).isFalse();

    channel.advanceTimeBy(4, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isActive()).isTrue();
    channel.advanceTimeBy(2, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();

    assertThat(channel.isActive()).isFalse();
  }

  @Test
  void clientThatDrainsWithinTheGrace_staysConnected() {
    writeUnflushed(32);
    channel.flush();
    channel.runPendingTasks();
    assertThat(channel.isWritable()).isTrue();

    channel.advanceTimeBy(10, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();

    assertThat(channel.isActive()).isTrue();
    channel.finishAndReleaseAll();
  }

  @Test
  void pendingBytesBeyondTheBound_disconnectAtOnce() {
    writeUnflushed(32);
    writeUnflushed(1000);
    assertThat(channel.isActive()).isTrue();

    writeUnflushed(10);

    assertThat(channel.isActive()).isFalse();
  }
}
