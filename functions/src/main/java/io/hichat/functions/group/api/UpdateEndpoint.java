package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupUpdateRequest;
import org.springframework.stereotype.Component;

/** G19 POST /v1/social/group/update: an owner or admin edits the group. */
@Component("groupUpdate")
public class UpdateEndpoint implements Endpoint<GroupUpdateRequest, Empty> {

  private final GroupService groups;

  public UpdateEndpoint(GroupService groups) {
    this.groups = groups;
  }

  @Override
  public Empty apply(Call<GroupUpdateRequest> call) {
    groups.update(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
