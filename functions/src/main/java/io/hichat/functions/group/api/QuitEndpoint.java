package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.GroupService;
import io.hichat.functions.group.domain.Ids;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupIdRequest;
import org.springframework.stereotype.Component;

/** G12 POST /v1/social/group/quit: the caller leaves. */
@Component("groupQuit")
public class QuitEndpoint implements Endpoint<GroupIdRequest, Empty> {

  private final GroupService groups;

  public QuitEndpoint(GroupService groups) {
    this.groups = groups;
  }

  @Override
  public Empty apply(Call<GroupIdRequest> call) {
    groups.quit(call.userId(), Ids.parse(call.body().groupId(), "group_id"));
    return Empty.INSTANCE;
  }
}
