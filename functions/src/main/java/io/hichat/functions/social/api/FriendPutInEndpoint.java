package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendRequestService;
import io.hichat.model.social.FriendApplyRequest;
import io.hichat.model.social.FriendApplyResult;
import org.springframework.stereotype.Component;

/** S1 POST /v1/social/friend/putIn: sends a friend request. */
@Component("friendPutIn")
public class FriendPutInEndpoint implements Endpoint<FriendApplyRequest, FriendApplyResult> {

  private final FriendRequestService requests;

  public FriendPutInEndpoint(FriendRequestService requests) {
    this.requests = requests;
  }

  @Override
  public FriendApplyResult apply(Call<FriendApplyRequest> call) {
    return requests.apply(call.userId(), call.body());
  }
}
