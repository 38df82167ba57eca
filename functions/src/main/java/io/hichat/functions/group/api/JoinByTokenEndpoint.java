package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.JoinService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupJoinByTokenRequest;
import io.hichat.model.group.GroupJoinResult;
import org.springframework.stereotype.Component;

/** G27 POST /v1/social/group/joinByToken: the caller joins through a link. */
@Component("groupJoinByToken")
public class JoinByTokenEndpoint implements Endpoint<GroupJoinByTokenRequest, GroupJoinResult> {

  private final JoinService joins;

  public JoinByTokenEndpoint(JoinService joins) {
    this.joins = joins;
  }

  @Override
  public GroupJoinResult apply(Call<GroupJoinByTokenRequest> call) {
    return joins.joinByToken(call.userId(), call.body());
  }
}
