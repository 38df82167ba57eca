package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.InvitationService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupInvitationHandleRequest;
import io.hichat.model.group.GroupInvitationHandleResult;
import org.springframework.stereotype.Component;

/** G18 PUT /v1/social/group/invitations/{id}: the invitee accepts or rejects. */
@Component("groupInvitationHandle")
public class InvitationHandleEndpoint
    implements Endpoint<GroupInvitationHandleRequest, GroupInvitationHandleResult> {

  private final InvitationService invitations;

  public InvitationHandleEndpoint(InvitationService invitations) {
    this.invitations = invitations;
  }

  @Override
  public GroupInvitationHandleResult apply(Call<GroupInvitationHandleRequest> call) {
    return invitations.handle(call.userId(), call.body());
  }
}
