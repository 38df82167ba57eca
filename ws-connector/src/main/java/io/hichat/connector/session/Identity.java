package io.hichat.connector.session;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/** Who a channel belongs to, set by the handshake check before the upgrade. */
public record Identity(long userId, String deviceId) {

  private static final AttributeKey<Identity> KEY = AttributeKey.valueOf("hichat.identity");

  public void attach(Channel channel) {
    channel.attr(KEY).set(this);
  }

  /** The identity of a channel whose handshake was authenticated, or {@code null}. */
  public static Identity take(Channel channel) {
    return channel.attr(KEY).getAndSet(null);
  }
}
