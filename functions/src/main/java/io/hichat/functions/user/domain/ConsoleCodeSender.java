package io.hichat.functions.user.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes codes to the log; in dev mode the endpoints also return them, as the reference did. */
public final class ConsoleCodeSender implements CodeSender {

  private static final Logger log = LoggerFactory.getLogger(ConsoleCodeSender.class);

  private final boolean devMode;

  public ConsoleCodeSender(boolean devMode) {
    this.devMode = devMode;
  }

  @Override
  public void send(Channel channel, String target, String code) {
    log.info("verification code for {} {}: {}", channel.key(), target, code);
  }

  @Override
  public boolean revealsCodes() {
    return devMode;
  }
}
