package io.hichat.functions.common;

import java.time.Duration;

/**
 * Every Redis key the functions write, with its owner and lifetime. Redis holds no data that cannot
 * be lost: caches are rebuilt from MySQL, codes and limits simply start over.
 */
public final class RedisKeys {

  /**
   * Accounts: a user's current token version (cache of {@code users.token_version}; -1 = deleted).
   */
  public static String tokenVersion(long userId) {
    return "auth:tokver:" + userId;
  }

  public static final Duration TOKEN_VERSION_TTL = Duration.ofMinutes(10);

  /** Accounts: a verification code for {@code channel} (sms or email) and target, single use. */
  public static String verificationCode(String channel, String target) {
    return "verify:" + channel + ":" + target;
  }

  public static final Duration VERIFICATION_CODE_TTL = Duration.ofMinutes(5);

  /** Accounts: wrong guesses at the current code; the code is dropped after five. */
  public static String verificationFailures(String channel, String target) {
    return "verify:fail:" + channel + ":" + target;
  }

  /** Accounts: code sending rate limiters per target, one per minute and ten per day. */
  public static String codeRatePerMinute(String channel, String target) {
    return "rl:code:minute:" + channel + ":" + target;
  }

  public static String codeRatePerDay(String channel, String target) {
    return "rl:code:day:" + channel + ":" + target;
  }

  /** Accounts: failed logins per phone (15 minutes) and the lock that follows the fifth. */
  public static String loginFailures(String phone) {
    return "login:fail:" + phone;
  }

  public static String loginLock(String phone) {
    return "login:lock:" + phone;
  }

  public static final Duration LOGIN_FAILURE_WINDOW = Duration.ofMinutes(15);

  /** Media: a presigned upload waiting for completion (owner, size, type), 15 minutes. */
  public static String pendingUpload(String key) {
    return "upload:pending:" + key;
  }

  public static final Duration PENDING_UPLOAD_TTL = Duration.ofMinutes(15);

  private RedisKeys() {}
}
