package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupTransferRequest;
import org.springframework.stereotype.Component;

/** G22 POST /v1/social/group/transferOwner: the owner hands the group over. */
@Component("groupTransferOwner")
public class TransferOwnerEndpoint implements Endpoint<GroupTransferRequest, Empty> {

  private final GroupService groups;

  public TransferOwnerEndpoint(GroupService groups) {
    this.groups = groups;
  }

  @Override
  public Empty apply(Call<GroupTransferRequest> call) {
    groups.transfer(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
