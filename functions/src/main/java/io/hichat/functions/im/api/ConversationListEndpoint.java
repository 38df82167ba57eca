package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.im.domain.ConversationService;
import io.hichat.model.im.ConversationList;
import org.springframework.stereotype.Component;

/** I5 GET /v1/im/conversation: the caller's conversations with unread counts. */
@Component("imConversationList")
public class ConversationListEndpoint implements Endpoint<Void, ConversationList> {

  private final ConversationService conversations;

  public ConversationListEndpoint(ConversationService conversations) {
    this.conversations = conversations;
  }

  @Override
  public ConversationList apply(Call<Void> call) {
    return new ConversationList(conversations.list(call.userId()));
  }
}
