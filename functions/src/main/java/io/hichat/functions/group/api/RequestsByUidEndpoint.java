package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.RequestQueries;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.PageResult;
import io.hichat.model.group.GroupRequestByUidQuery;
import io.hichat.model.group.GroupRequestItem;
import org.springframework.stereotype.Component;

/** G5 GET /v1/social/group/putInsByUid: the caller's sent or received applications. */
@Component("groupRequestsByUid")
public class RequestsByUidEndpoint
    implements Endpoint<GroupRequestByUidQuery, PageResult<GroupRequestItem>> {

  private final RequestQueries queries;

  public RequestsByUidEndpoint(RequestQueries queries) {
    this.queries = queries;
  }

  @Override
  public PageResult<GroupRequestItem> apply(Call<GroupRequestByUidQuery> call) {
    return queries.byUid(call.userId(), call.body());
  }
}
