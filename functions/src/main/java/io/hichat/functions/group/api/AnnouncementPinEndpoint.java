package io.hichat.functions.group.api;

import io.hichat.functions.group.domain.AnnouncementService;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.model.api.Empty;
import io.hichat.model.group.GroupAnnouncementPinRequest;
import org.springframework.stereotype.Component;

/** G33 POST /v1/social/group/announcement/pin: an owner or admin pins or unpins. */
@Component("groupAnnouncementPin")
public class AnnouncementPinEndpoint implements Endpoint<GroupAnnouncementPinRequest, Empty> {

  private final AnnouncementService announcements;

  public AnnouncementPinEndpoint(AnnouncementService announcements) {
    this.announcements = announcements;
  }

  @Override
  public Empty apply(Call<GroupAnnouncementPinRequest> call) {
    announcements.pin(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
