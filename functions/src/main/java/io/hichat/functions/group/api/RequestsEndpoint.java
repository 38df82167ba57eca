package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.RequestQueries;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.PageResult;
import io.hichat.model.group.GroupRequestItem;
import io.hichat.model.group.GroupRequestQuery;
import org.springframework.stereotype.Component;

/** G4 GET /v1/social/group/putIns: applications to groups the caller manages. */
@Component("groupRequests")
public class RequestsEndpoint implements Endpoint<GroupRequestQuery, PageResult<GroupRequestItem>> {

  private final RequestQueries queries;

  public RequestsEndpoint(RequestQueries queries) {
    this.queries = queries;
  }

  @Override
  public PageResult<GroupRequestItem> apply(Call<GroupRequestQuery> call) {
    return queries.ofGroups(call.userId(), call.body());
  }
}
