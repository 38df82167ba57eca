package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupQueries;
import io.hichat.functions.group.domain.Ids;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupDetail;
import io.hichat.model.group.GroupIdRequest;
import org.springframework.stereotype.Component;

/** G20 GET /v1/social/group/detail: the group and its first members, for members only. */
@Component("groupDetail")
public class DetailEndpoint implements Endpoint<GroupIdRequest, GroupDetail> {

  private final GroupQueries queries;

  public DetailEndpoint(GroupQueries queries) {
    this.queries = queries;
  }

  @Override
  public GroupDetail apply(Call<GroupIdRequest> call) {
    return queries.detail(call.userId(), Ids.parse(call.body().groupId(), "group_id"));
  }
}
