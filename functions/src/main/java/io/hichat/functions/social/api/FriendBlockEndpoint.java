package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendBlockRequest;
import org.springframework.stereotype.Component;

/** S9 POST /v1/social/friend/block: blocks or unblocks a friend. */
@Component("friendBlock")
public class FriendBlockEndpoint implements Endpoint<FriendBlockRequest, Empty> {

  private final FriendService friends;

  public FriendBlockEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendBlockRequest> call) {
    friends.block(call.userId(), call.body().friendUid(), call.body().block());
    return Empty.INSTANCE;
  }
}
