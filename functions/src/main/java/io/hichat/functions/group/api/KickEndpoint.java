package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupMembersRequest;
import org.springframework.stereotype.Component;

/** G13 POST /v1/social/group/kick: an owner or admin removes members. */
@Component("groupKick")
public class KickEndpoint implements Endpoint<GroupMembersRequest, Empty> {

  private final GroupService groups;

  public KickEndpoint(GroupService groups) {
    this.groups = groups;
  }

  @Override
  public Empty apply(Call<GroupMembersRequest> call) {
    groups.kick(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
