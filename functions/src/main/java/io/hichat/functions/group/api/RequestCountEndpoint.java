package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.RequestQueries;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupRequestCounts;
import org.springframework.stereotype.Component;

/** G6 GET /v1/social/group/putIn/messageCount: the caller's unread receipts. */
@Component("groupRequestCount")
public class RequestCountEndpoint implements Endpoint<Void, GroupRequestCounts> {

  private final RequestQueries queries;

  public RequestCountEndpoint(RequestQueries queries) {
    this.queries = queries;
  }

  @Override
  public GroupRequestCounts apply(Call<Void> call) {
    return queries.counts(call.userId());
  }
}
