package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.im.domain.ConversationService;
import io.hichat.model.api.Empty;
import io.hichat.model.im.SetupConversationRequest;
import org.springframework.stereotype.Component;

/** I8 POST /v1/im/setup/conversation: the caller sets up a chat with a friend or their group. */
@Component("imSetupConversation")
public class SetupConversationEndpoint implements Endpoint<SetupConversationRequest, Empty> {

  private final ConversationService conversations;

  public SetupConversationEndpoint(ConversationService conversations) {
    this.conversations = conversations;
  }

  @Override
  public Empty apply(Call<SetupConversationRequest> call) {
    conversations.setup(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
