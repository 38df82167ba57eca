package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.AnnouncementService;
import io.hichat.functions.group.domain.Ids;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.group.GroupAnnouncementList;
import io.hichat.model.group.GroupAnnouncementQuery;
import org.springframework.stereotype.Component;

/** G32 GET /v1/social/group/announcements: announcements, for members only. */
@Component("groupAnnouncementList")
public class AnnouncementListEndpoint
    implements Endpoint<GroupAnnouncementQuery, GroupAnnouncementList> {

  private final AnnouncementService announcements;

  public AnnouncementListEndpoint(AnnouncementService announcements) {
    this.announcements = announcements;
  }

  @Override
  public GroupAnnouncementList apply(Call<GroupAnnouncementQuery> call) {
    GroupAnnouncementQuery q = call.body();
    return new GroupAnnouncementList(
        announcements.list(call.userId(), Ids.parse(q.groupId(), "group_id"), q.includeDeleted()));
  }
}
