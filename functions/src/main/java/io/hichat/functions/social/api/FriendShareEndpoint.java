package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendShareRequest;
import org.springframework.stereotype.Component;

/** S16 POST /v1/social/friend/share: reserved; checks the share and changes nothing. */
@Component("friendShare")
public class FriendShareEndpoint implements Endpoint<FriendShareRequest, Empty> {

  private final FriendService friends;

  public FriendShareEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendShareRequest> call) {
    friends.share(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
