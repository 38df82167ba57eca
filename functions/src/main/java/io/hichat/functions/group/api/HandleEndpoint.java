package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.JoinService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupHandleRequest;
import io.hichat.model.group.GroupHandleResult;
import org.springframework.stereotype.Component;

/** G3 PUT /v1/social/group/putIn: an owner or admin approves or rejects. */
@Component("groupHandle")
public class HandleEndpoint implements Endpoint<GroupHandleRequest, GroupHandleResult> {

  private final JoinService joins;

  public HandleEndpoint(JoinService joins) {
    this.joins = joins;
  }

  @Override
  public GroupHandleResult apply(Call<GroupHandleRequest> call) {
    return joins.handle(call.userId(), call.body());
  }
}
