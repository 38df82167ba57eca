package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.InviteLinkService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupInviteLinkList;
import io.hichat.model.group.GroupInviteLinkQuery;
import org.springframework.stereotype.Component;

/** G25 GET /v1/social/group/inviteLinks: the group's links, for owner and admins. */
@Component("groupInviteLinkList")
public class InviteLinkListEndpoint implements Endpoint<GroupInviteLinkQuery, GroupInviteLinkList> {

  private final InviteLinkService links;

  public InviteLinkListEndpoint(InviteLinkService links) {
    this.links = links;
  }

  @Override
  public GroupInviteLinkList apply(Call<GroupInviteLinkQuery> call) {
    return new GroupInviteLinkList(links.list(call.userId(), call.body()));
  }
}
