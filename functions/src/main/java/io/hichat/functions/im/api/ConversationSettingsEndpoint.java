package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.im.domain.ConversationService;
import io.hichat.model.api.Empty;
import io.hichat.model.im.ConversationSettingsRequest;
import org.springframework.stereotype.Component;

/** I7 PUT /v1/im/conversation/settings: pin and mute one of the caller's conversations. */
@Component("imConversationSettings")
public class ConversationSettingsEndpoint implements Endpoint<ConversationSettingsRequest, Empty> {

  private final ConversationService conversations;

  public ConversationSettingsEndpoint(ConversationService conversations) {
    this.conversations = conversations;
  }

  @Override
  public Empty apply(Call<ConversationSettingsRequest> call) {
    conversations.settings(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
