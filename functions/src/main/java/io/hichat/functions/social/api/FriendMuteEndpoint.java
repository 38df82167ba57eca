package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.functions.social.store.FriendStore.Setting;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendMuteRequest;
import org.springframework.stereotype.Component;

/** S13 POST /v1/social/friend/mute: mutes or unmutes a friend. */
@Component("friendMute")
public class FriendMuteEndpoint implements Endpoint<FriendMuteRequest, Empty> {

  private final FriendService friends;

  public FriendMuteEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendMuteRequest> call) {
    friends.toggle(
        call.userId(), call.body().friendUid(), Setting.MUTED, call.body().muted(), "muted");
    return Empty.INSTANCE;
  }
}
