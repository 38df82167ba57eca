package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.social.FriendOnlineResult;
import org.springframework.stereotype.Component;

/** S18 GET /v1/social/friends/online: which of the caller's friends are online. */
@Component("friendOnline")
public class FriendOnlineEndpoint implements Endpoint<Void, FriendOnlineResult> {

  private final FriendService friends;

  public FriendOnlineEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public FriendOnlineResult apply(Call<Void> call) {
    return new FriendOnlineResult(friends.online(call.userId()));
  }
}
