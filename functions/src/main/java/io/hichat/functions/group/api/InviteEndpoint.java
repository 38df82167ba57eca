package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.InvitationService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupInviteRequest;
import org.springframework.stereotype.Component;

/** G14 POST /v1/social/group/invite: the legacy bulk invitation. */
@Component("groupInvite")
public class InviteEndpoint implements Endpoint<GroupInviteRequest, Empty> {

  private final InvitationService invitations;

  public InviteEndpoint(InvitationService invitations) {
    this.invitations = invitations;
  }

  @Override
  public Empty apply(Call<GroupInviteRequest> call) {
    invitations.inviteAll(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
