package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupCreateRequest;
import io.hichat.model.group.GroupCreateResult;
import org.springframework.stereotype.Component;

/** G1 POST /v1/social/group: creates a group owned by the caller. */
@Component("groupCreate")
public class CreateEndpoint implements Endpoint<GroupCreateRequest, GroupCreateResult> {

  private final GroupService groups;

  public CreateEndpoint(GroupService groups) {
    this.groups = groups;
  }

  @Override
  public GroupCreateResult apply(Call<GroupCreateRequest> call) {
    return new GroupCreateResult(Long.toString(groups.create(call.userId(), call.body())));
  }
}
