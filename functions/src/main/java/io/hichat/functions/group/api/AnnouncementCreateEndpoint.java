package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.AnnouncementService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.IdResult;
import io.hichat.model.group.GroupAnnouncementRequest;
import org.springframework.stereotype.Component;

/** G31 POST /v1/social/group/announcement: an owner or admin publishes. */
@Component("groupAnnouncementCreate")
public class AnnouncementCreateEndpoint implements Endpoint<GroupAnnouncementRequest, IdResult> {

  private final AnnouncementService announcements;

  public AnnouncementCreateEndpoint(AnnouncementService announcements) {
    this.announcements = announcements;
  }

  @Override
  public IdResult apply(Call<GroupAnnouncementRequest> call) {
    return new IdResult(announcements.publish(call.userId(), call.body()));
  }
}
