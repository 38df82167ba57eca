package io.hichat.connector.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what the connector buffers for a slow client bounded. The channel's write buffer water
 * marks say when it is unwritable; a client that stays so for longer than the grace period, or
 * whose pending bytes pass a hard bound, is disconnected (it re-syncs when it reconnects) instead
 * of growing the connector's memory.
 */
public final class OutboundGuard extends ChannelDuplexHandler {

  private static final Logger log = LoggerFactory.getLogger(OutboundGuard.class);

  private final long graceNanos;
  private final long maxPendingBytes;
  private ScheduledFuture<?> check;

  /**
   * @param maxPendingBytes bytes beyond the low water mark a channel may owe before it is closed
   */
  public OutboundGuard(Duration grace, long maxPendingBytes) {
    this.graceNanos = grace.toNanos();
    this.maxPendingBytes = maxPendingBytes;
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    Channel channel = ctx.channel();
    if (!channel.isWritable() && channel.bytesBeforeWritable() > maxPendingBytes) {
      ReferenceCountUtil.release(msg);
      promise.tryFailure(new ClosedChannelException());
      log.info("closing {}: {} bytes pending", channel, channel.bytesBeforeWritable());
      ctx.close();
      return;
    }
    ctx.write(msg, promise);
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (!ctx.channel().isWritable()) {
      if (check == null) {
        check = ctx.executor().schedule(() -> expire(ctx), graceNanos, TimeUnit.NANOSECONDS);
      }
    } else {
      cancel();
    }
    ctx.fireChannelWritabilityChanged();
  }

  private void expire(ChannelHandlerContext ctx) {
    check = null;
    if (ctx.channel().isActive() && !ctx.channel().isWritable()) {
      log.info("closing {}: not reading for {} ms", ctx.channel(), graceNanos / 1_000_000);
      ctx.close();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    cancel();
    ctx.fireChannelInactive();
  }

  private void cancel() {
    if (check != null) {
      check.cancel(false);
      check = null;
    }
  }
}
