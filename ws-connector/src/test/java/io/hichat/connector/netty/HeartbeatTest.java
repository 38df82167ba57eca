package io.hichat.connector.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

  @Test
  void pingFrame_isAnsweredWithPingFrameCarryingItsId() {
    EmbeddedChannel channel = Wire.upgraded(1, new FrameCodec(), new Heartbeat());

    Wire.send(channel, "{\"id\":\"p1\",\"frameType\":1}");

    assertThat(Wire.written(channel))
        .singleElement()
        .satisfies(f -> assertThat(f.toString()).isEqualTo("{\"id\":\"p1\",\"frameType\":1}"));
  }

  @Test
  void readerIdle_onAnUpgradedConnection_closesItWithACloseFrame() {
    EmbeddedChannel channel = Wire.upgraded(1, new FrameCodec(), new Heartbeat());

    channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);

    assertThat(Wire.closeCode(channel)).isEqualTo(1000);
    assertThat(channel.isActive()).isFalse();
  }

  @Test
  void readerIdle_beforeTheUpgrade_closesTheSocket() {
    EmbeddedChannel channel = new EmbeddedChannel(new Heartbeat());

    channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);

    assertThat(channel.isActive()).isFalse();
  }

  @Test
  void silenceForTheIdleTimeout_closes_butTrafficKeepsItOpen() {
    EmbeddedChannel channel = new EmbeddedChannel();
    channel.freezeTime();
    channel
        .pipeline()
        .addLast(
            new IdleStateHandler(60, 0, 0, TimeUnit.SECONDS), new FrameCodec(), new Heartbeat());
    Wire.connection(channel, 1);

    channel.advanceTimeBy(50, TimeUnit.SECONDS);
    Wire.send(channel, "{\"frameType\":1}");
    channel.advanceTimeBy(50, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isActive()).isTrue();

    channel.advanceTimeBy(11, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    channel.runPendingTasks();
    assertThat(channel.isActive()).isFalse();
  }
}
