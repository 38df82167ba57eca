package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.Ids;
import io.hichat.functions.group.domain.MemberSettings;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupIdRequest;
import io.hichat.model.group.GroupMemberSettingResult;
import org.springframework.stereotype.Component;

/** G28 GET /v1/social/group/memberSetting: the caller's settings in a group. */
@Component("groupMemberSettingGet")
public class MemberSettingGetEndpoint
    implements Endpoint<GroupIdRequest, GroupMemberSettingResult> {

  private final MemberSettings settings;

  public MemberSettingGetEndpoint(MemberSettings settings) {
    this.settings = settings;
  }

  @Override
  public GroupMemberSettingResult apply(Call<GroupIdRequest> call) {
    return new GroupMemberSettingResult(
        settings.get(call.userId(), Ids.parse(call.body().groupId(), "group_id")));
  }
}
