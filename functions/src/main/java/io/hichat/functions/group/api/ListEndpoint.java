package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupQueries;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupList;
import org.springframework.stereotype.Component;

/** G8 GET /v1/social/groups: the caller's groups. */
@Component("groupList")
public class ListEndpoint implements Endpoint<Void, GroupList> {

  private final GroupQueries queries;

  public ListEndpoint(GroupQueries queries) {
    this.queries = queries;
  }

  @Override
  public GroupList apply(Call<Void> call) {
    return new GroupList(queries.mine(call.userId()));
  }
}
