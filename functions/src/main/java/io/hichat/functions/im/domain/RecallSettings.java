package io.hichat.functions.im.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Recall rules ({@code hichat.chat.*}; {@code application.properties} reads {@code
 * HICHAT_CHAT_RECALL_WINDOW}).
 *
 * @param recallWindow how long after sending a sender may recall (SEED-SPEC §5.10: 120 s); zero
 *     means no limit. Group owners and admins are never limited.
 */
@ConfigurationProperties("hichat.chat")
public record RecallSettings(@DefaultValue("120s") Duration recallWindow) {

  public RecallSettings {
    if (recallWindow == null || recallWindow.isNegative()) {
      throw new IllegalStateException("hichat.chat.recall-window must be zero or positive");
    }
  }
}
