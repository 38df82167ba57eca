package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupSetAdminRequest;
import org.springframework.stereotype.Component;

/** G23 POST /v1/social/group/setAdmin: the owner sets or unsets admins. */
@Component("groupSetAdmin")
public class SetAdminEndpoint implements Endpoint<GroupSetAdminRequest, Empty> {

  private final GroupService groups;

  public SetAdminEndpoint(GroupService groups) {
    this.groups = groups;
  }

  @Override
  public Empty apply(Call<GroupSetAdminRequest> call) {
    groups.setAdmins(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
