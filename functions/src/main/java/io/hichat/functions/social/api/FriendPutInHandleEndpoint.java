package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendRequestService;
import io.hichat.model.social.FriendHandleRequest;
import io.hichat.model.social.FriendHandleResult;
import org.springframework.stereotype.Component;

/** S2 PUT /v1/social/friend/putIn: the target accepts or rejects a request. */
@Component("friendPutInHandle")
public class FriendPutInHandleEndpoint
    implements Endpoint<FriendHandleRequest, FriendHandleResult> {

  private final FriendRequestService requests;

  public FriendPutInHandleEndpoint(FriendRequestService requests) {
    this.requests = requests;
  }

  @Override
  public FriendHandleResult apply(Call<FriendHandleRequest> call) {
    return requests.handle(call.userId(), call.body());
  }
}
