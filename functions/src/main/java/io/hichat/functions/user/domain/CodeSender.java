package io.hichat.functions.user.domain;

/**
 * Delivers verification codes (an SMS gateway, an email service). The console provider is the
 * default; a real provider is another implementation of this port.
 */
public interface CodeSender {

  void send(Channel channel, String target, String code);

  /** Whether callers may see the code in the response (local development only). */
  boolean revealsCodes();
}
