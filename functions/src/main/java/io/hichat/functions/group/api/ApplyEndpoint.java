package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.JoinService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupApplyRequest;
import io.hichat.model.group.GroupApplyResult;
import org.springframework.stereotype.Component;

/** G2 POST /v1/social/group/putIn: the caller applies to join. */
@Component("groupApply")
public class ApplyEndpoint implements Endpoint<GroupApplyRequest, GroupApplyResult> {

  private final JoinService joins;

  public ApplyEndpoint(JoinService joins) {
    this.joins = joins;
  }

  @Override
  public GroupApplyResult apply(Call<GroupApplyRequest> call) {
    return joins.apply(call.userId(), call.body());
  }
}
