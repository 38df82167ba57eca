package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.im.domain.HistoryService;
import io.hichat.model.im.ChatLogList;
import io.hichat.model.im.ChatLogQuery;
import org.springframework.stereotype.Component;

/** I1 GET /v1/im/chatlog: a page of a conversation the caller may read. */
@Component("imChatLog")
public class ChatLogEndpoint implements Endpoint<ChatLogQuery, ChatLogList> {

  private final HistoryService history;

  public ChatLogEndpoint(HistoryService history) {
    this.history = history;
  }

  @Override
  public ChatLogList apply(Call<ChatLogQuery> call) {
    return new ChatLogList(history.page(call.userId(), call.body()));
  }
}
