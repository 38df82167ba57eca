package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.group.store.GroupStore;
import io.hichat.model.group.GroupMemberSetting;
import io.hichat.model.group.GroupMemberSettingRequest;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * A member's own settings in a group (G28, G29): the nickname others see in lists and @-candidates,
 * and a remark only the member sees. They live on the membership and end with it.
 */
@Service
public class MemberSettings {

  static final int MAX_NICKNAME = 64;
  static final int MAX_REMARK = 255;

  private final GroupAccess access;
  private final GroupStore groups;
  private final Clock clock;

  public MemberSettings(GroupAccess access, GroupStore groups, Clock clock) {
    this.access = access;
    this.groups = groups;
    this.clock = clock;
  }

  public GroupMemberSetting get(long userId, long groupId) {
    access.requireMember(groupId, userId);
    return groups.member(groupId, userId).map(GroupViews::setting).orElseThrow();
  }

  public void update(long userId, GroupMemberSettingRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    String nickname =
        r.groupNickname() == null
            ? null
            : Check.maxLength(r.groupNickname().trim(), MAX_NICKNAME, "group_nickname");
    String remark =
        r.groupRemark() == null
            ? null
            : Check.maxLength(r.groupRemark().trim(), MAX_REMARK, "group_remark");
    access.requireMember(groupId, userId);
    groups.updateSettings(groupId, userId, nickname, remark, clock.millis());
  }
}
