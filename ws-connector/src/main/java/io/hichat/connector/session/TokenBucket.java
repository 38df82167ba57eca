package io.hichat.connector.session;

/**
 * A token bucket for one connection's sends: {@code perSecond} tokens a second, at most {@code
 * burst} saved up. Two fields and no locking: it is used on the connection's event loop only, which
 * is why it is this small class rather than a general rate-limiting library (whose buckets are
 * thread-safe and several times larger, for thousands of idle connections).
 */
final class TokenBucket {

  private double tokens;
  private long lastNanos;

  TokenBucket(int burst, long nowNanos) {
    this.tokens = burst;
    this.lastNanos = nowNanos;
  }

  boolean tryTake(int perSecond, int burst, long nowNanos) {
    double refill = (nowNanos - lastNanos) / 1e9 * perSecond;
    tokens = Math.min(burst, tokens + refill);
    lastNanos = nowNanos;
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
