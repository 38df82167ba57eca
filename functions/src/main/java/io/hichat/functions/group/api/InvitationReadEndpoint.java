package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.RequestQueries;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupInvitationReadRequest;
import io.hichat.model.group.GroupRequestCounts;
import org.springframework.stereotype.Component;

/** G17 PUT /v1/social/group/invitations/read: marks invitation receipts read. */
@Component("groupInvitationRead")
public class InvitationReadEndpoint
    implements Endpoint<GroupInvitationReadRequest, GroupRequestCounts> {

  private final RequestQueries queries;

  public InvitationReadEndpoint(RequestQueries queries) {
    this.queries = queries;
  }

  @Override
  public GroupRequestCounts apply(Call<GroupInvitationReadRequest> call) {
    return queries.readInvitations(call.userId(), call.body().invitationIds());
  }
}
