package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.im.domain.HistoryService;
import io.hichat.model.im.ReadRecordsQuery;
import io.hichat.model.im.ReadRecordsResult;
import org.springframework.stereotype.Component;

/** I3 GET /v1/im/chatlog/readRecords: who read a message of one of the caller's conversations. */
@Component("imReadRecords")
public class ReadRecordsEndpoint implements Endpoint<ReadRecordsQuery, ReadRecordsResult> {

  private final HistoryService history;

  public ReadRecordsEndpoint(HistoryService history) {
    this.history = history;
  }

  @Override
  public ReadRecordsResult apply(Call<ReadRecordsQuery> call) {
    return history.readRecords(call.userId(), call.body().msgId());
  }
}
