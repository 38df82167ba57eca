package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.InviteLinkService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupInviteLinkCreateRequest;
import io.hichat.model.group.GroupInviteLinkResult;
import org.springframework.stereotype.Component;

/** G24 POST /v1/social/group/inviteLink/create: an owner or admin makes a link. */
@Component("groupInviteLinkCreate")
public class InviteLinkCreateEndpoint
    implements Endpoint<GroupInviteLinkCreateRequest, GroupInviteLinkResult> {

  private final InviteLinkService links;

  public InviteLinkCreateEndpoint(InviteLinkService links) {
    this.links = links;
  }

  @Override
  public GroupInviteLinkResult apply(Call<GroupInviteLinkCreateRequest> call) {
    return new GroupInviteLinkResult(links.create(call.userId(), call.body()));
  }
}
