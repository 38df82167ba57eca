package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupQueries;
import io.hichat.functions.group.domain.Ids;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupIdRequest;
import io.hichat.model.group.GroupMemberList;
import org.springframework.stereotype.Component;

/** G10 GET /v1/social/group/users: every member, for members only. */
@Component("groupUsers")
public class UsersEndpoint implements Endpoint<GroupIdRequest, GroupMemberList> {

  private final GroupQueries queries;

  public UsersEndpoint(GroupQueries queries) {
    this.queries = queries;
  }

  @Override
  public GroupMemberList apply(Call<GroupIdRequest> call) {
    return new GroupMemberList(
        queries.members(call.userId(), Ids.parse(call.body().groupId(), "group_id")));
  }
}
