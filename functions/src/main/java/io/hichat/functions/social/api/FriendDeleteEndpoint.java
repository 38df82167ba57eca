package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendUidRequest;
import org.springframework.stereotype.Component;

/** S8 POST /v1/social/friend/delete: ends a friendship for both sides. */
@Component("friendDelete")
public class FriendDeleteEndpoint implements Endpoint<FriendUidRequest, Empty> {

  private final FriendService friends;

  public FriendDeleteEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendUidRequest> call) {
    friends.delete(call.userId(), call.body().friendUid());
    return Empty.INSTANCE;
  }
}
