package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendRequestService;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendRequestRef;
import org.springframework.stereotype.Component;

/** S5 POST /v1/social/friend/putIn/delete: hides a request from the caller's lists. */
@Component("friendPutInDelete")
public class FriendPutInDeleteEndpoint implements Endpoint<FriendRequestRef, Empty> {

  private final FriendRequestService requests;

  public FriendPutInDeleteEndpoint(FriendRequestService requests) {
    this.requests = requests;
  }

  @Override
  public Empty apply(Call<FriendRequestRef> call) {
    requests.hide(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
