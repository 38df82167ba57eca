package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.im.domain.HistoryService;
import io.hichat.model.im.AtMeQuery;
import io.hichat.model.im.ChatLogList;
import org.springframework.stereotype.Component;

/** I2 GET /v1/im/chatlog/atme: unread mentions of the caller in one of their conversations. */
@Component("imChatLogAtMe")
public class ChatLogAtMeEndpoint implements Endpoint<AtMeQuery, ChatLogList> {

  private final HistoryService history;

  public ChatLogAtMeEndpoint(HistoryService history) {
    this.history = history;
  }

  @Override
  public ChatLogList apply(Call<AtMeQuery> call) {
    return new ChatLogList(history.atMe(call.userId(), call.body()));
  }
}
