package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.InvitationService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.PageResult;
import io.hichat.model.group.GroupInvitation;
import io.hichat.model.group.GroupInvitationQuery;
import org.springframework.stereotype.Component;

/** G16 GET /v1/social/group/invitations: invitations the caller received. */
@Component("groupInvitationList")
public class InvitationListEndpoint
    implements Endpoint<GroupInvitationQuery, PageResult<GroupInvitation>> {

  private final InvitationService invitations;

  public InvitationListEndpoint(InvitationService invitations) {
    this.invitations = invitations;
  }

  @Override
  public PageResult<GroupInvitation> apply(Call<GroupInvitationQuery> call) {
    return invitations.received(call.userId(), call.body());
  }
}
