package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.functions.social.store.FriendStore.Setting;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendPinRequest;
import org.springframework.stereotype.Component;

/** S12 POST /v1/social/friend/pin: pins or unpins a friend. */
@Component("friendPin")
public class FriendPinEndpoint implements Endpoint<FriendPinRequest, Empty> {

  private final FriendService friends;

  public FriendPinEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendPinRequest> call) {
    friends.toggle(
        call.userId(), call.body().friendUid(), Setting.PINNED, call.body().pinned(), "pinned");
    return Empty.INSTANCE;
  }
}
