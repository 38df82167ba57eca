package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupQueries;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.PageResult;
import io.hichat.model.group.GroupSearchItem;
import io.hichat.model.group.GroupSearchQuery;
import org.springframework.stereotype.Component;

/** G9 GET /v1/social/group/search: groups by id or name. */
@Component("groupSearch")
public class SearchEndpoint implements Endpoint<GroupSearchQuery, PageResult<GroupSearchItem>> {

  private final GroupQueries queries;

  public SearchEndpoint(GroupQueries queries) {
    this.queries = queries;
  }

  @Override
  public PageResult<GroupSearchItem> apply(Call<GroupSearchQuery> call) {
    return queries.search(call.body());
  }
}
