package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.functions.social.store.FriendStore.Setting;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendNotificationRequest;
import org.springframework.stereotype.Component;

/** S11 POST /v1/social/friend/notification: message notifications from a friend on or off. */
@Component("friendNotification")
public class FriendNotificationEndpoint implements Endpoint<FriendNotificationRequest, Empty> {

  private final FriendService friends;

  public FriendNotificationEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendNotificationRequest> call) {
    friends.toggle(
        call.userId(),
        call.body().friendUid(),
        Setting.NOTIFY_ENABLED,
        call.body().enabled(),
        "enabled");
    return Empty.INSTANCE;
  }
}
