package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.InviteLinkService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupInviteLinkRevokeRequest;
import org.springframework.stereotype.Component;

/** G26 POST /v1/social/group/inviteLink/revoke: owner, admin or creator revokes a link. */
@Component("groupInviteLinkRevoke")
public class InviteLinkRevokeEndpoint implements Endpoint<GroupInviteLinkRevokeRequest, Empty> {

  private final InviteLinkService links;

  public InviteLinkRevokeEndpoint(InviteLinkService links) {
    this.links = links;
  }

  @Override
  public Empty apply(Call<GroupInviteLinkRevokeRequest> call) {
    links.revoke(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
