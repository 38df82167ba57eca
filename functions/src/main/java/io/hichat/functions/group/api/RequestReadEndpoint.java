package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.RequestQueries;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupRequestCounts;
import io.hichat.model.group.GroupRequestReadRequest;
import org.springframework.stereotype.Component;

/** G7 PUT /v1/social/group/putIns/read: marks the caller's application receipts read. */
@Component("groupRequestRead")
public class RequestReadEndpoint implements Endpoint<GroupRequestReadRequest, GroupRequestCounts> {

  private final RequestQueries queries;

  public RequestReadEndpoint(RequestQueries queries) {
    this.queries = queries;
  }

  @Override
  public GroupRequestCounts apply(Call<GroupRequestReadRequest> call) {
    return queries.readRequests(call.userId(), call.body().requestIds());
  }
}
