package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupQueries;
import io.hichat.functions.group.domain.Ids;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupIdRequest;
import io.hichat.model.group.GroupOnlineResult;
import org.springframework.stereotype.Component;

/** G11 GET /v1/social/group/users/online: members' presence, for members only. */
@Component("groupUsersOnline")
public class UsersOnlineEndpoint implements Endpoint<GroupIdRequest, GroupOnlineResult> {

  private final GroupQueries queries;

  public UsersOnlineEndpoint(GroupQueries queries) {
    this.queries = queries;
  }

  @Override
  public GroupOnlineResult apply(Call<GroupIdRequest> call) {
    return new GroupOnlineResult(
        queries.online(call.userId(), Ids.parse(call.body().groupId(), "group_id")));
  }
}
