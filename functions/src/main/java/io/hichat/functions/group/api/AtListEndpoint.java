package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupQueries;
import io.hichat.functions.group.domain.Ids;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupAtList;
import io.hichat.model.group.GroupAtListQuery;
import org.springframework.stereotype.Component;

/** G30 GET /v1/social/group/atList: @-mention candidates, for members only. */
@Component("groupAtList")
public class AtListEndpoint implements Endpoint<GroupAtListQuery, GroupAtList> {

  private final GroupQueries queries;

  public AtListEndpoint(GroupQueries queries) {
    this.queries = queries;
  }

  @Override
  public GroupAtList apply(Call<GroupAtListQuery> call) {
    GroupAtListQuery q = call.body();
    return new GroupAtList(
        queries.atList(call.userId(), Ids.parse(q.groupId(), "group_id"), q.keyword()));
  }
}
