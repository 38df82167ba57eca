package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendRequestService;
import io.hichat.model.social.FriendReadRequest;
import io.hichat.model.social.FriendRequestCounts;
import org.springframework.stereotype.Component;

/** S3 PUT /v1/social/friend/putIn/read: marks the caller's request receipts read. */
@Component("friendPutInRead")
public class FriendPutInReadEndpoint implements Endpoint<FriendReadRequest, FriendRequestCounts> {

  private final FriendRequestService requests;

  public FriendPutInReadEndpoint(FriendRequestService requests) {
    this.requests = requests;
  }

  @Override
  public FriendRequestCounts apply(Call<FriendReadRequest> call) {
    return requests.read(call.userId(), call.body());
  }
}
