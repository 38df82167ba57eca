package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.im.domain.ConversationService;
import io.hichat.model.api.Empty;
import io.hichat.model.im.ConversationUpdateRequest;
import org.springframework.stereotype.Component;

/** I6 PUT /v1/im/conversation: read progress or hiding, for the caller's conversations only. */
@Component("imConversationUpdate")
public class ConversationUpdateEndpoint implements Endpoint<ConversationUpdateRequest, Empty> {

  private final ConversationService conversations;

  public ConversationUpdateEndpoint(ConversationService conversations) {
    this.conversations = conversations;
  }

  @Override
  public Empty apply(Call<ConversationUpdateRequest> call) {
    conversations.update(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
