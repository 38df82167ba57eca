package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.InvitationService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupInvitationCreateRequest;
import io.hichat.model.group.GroupInvitationResult;
import org.springframework.stereotype.Component;

/** G15 POST /v1/social/group/invitations: a member invites a user. */
@Component("groupInvitationCreate")
public class InvitationCreateEndpoint
    implements Endpoint<GroupInvitationCreateRequest, GroupInvitationResult> {

  private final InvitationService invitations;

  public InvitationCreateEndpoint(InvitationService invitations) {
    this.invitations = invitations;
  }

  @Override
  public GroupInvitationResult apply(Call<GroupInvitationCreateRequest> call) {
    return new GroupInvitationResult(invitations.invite(call.userId(), call.body()));
  }
}
