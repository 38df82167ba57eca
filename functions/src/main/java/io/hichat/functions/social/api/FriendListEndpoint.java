package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.social.FriendListResult;
import org.springframework.stereotype.Component;

/** S17 GET /v1/social/friends: the caller's friends. */
@Component("friendList")
public class FriendListEndpoint implements Endpoint<Void, FriendListResult> {

  private final FriendService friends;

  public FriendListEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public FriendListResult apply(Call<Void> call) {
    return new FriendListResult(friends.list(call.userId()));
  }
}
