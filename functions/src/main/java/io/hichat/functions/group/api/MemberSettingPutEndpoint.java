package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.MemberSettings;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupMemberSettingRequest;
import org.springframework.stereotype.Component;

/** G29 POST /v1/social/group/memberSetting: sets the caller's settings in a group. */
@Component("groupMemberSettingPut")
public class MemberSettingPutEndpoint implements Endpoint<GroupMemberSettingRequest, Empty> {

  private final MemberSettings settings;

  public MemberSettingPutEndpoint(MemberSettings settings) {
    this.settings = settings;
  }

  @Override
  public Empty apply(Call<GroupMemberSettingRequest> call) {
    settings.update(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
