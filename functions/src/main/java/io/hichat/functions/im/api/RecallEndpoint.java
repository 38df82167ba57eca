package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.im.domain.RecallService;
import io.hichat.model.api.Empty;
import io.hichat.model.im.RecallRequest;
import org.springframework.stereotype.Component;

/** I4 POST /v1/im/chatlog/recall: recall a message and announce it on im.recall. */
@Component("imRecall")
public class RecallEndpoint implements Endpoint<RecallRequest, Empty> {

  private final RecallService recalls;

  public RecallEndpoint(RecallService recalls) {
    this.recalls = recalls;
  }

  @Override
  public Empty apply(Call<RecallRequest> call) {
    recalls.recall(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
