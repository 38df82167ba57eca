package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendRequestService;
import io.hichat.model.api.PageResult;
import io.hichat.model.social.FriendRequestItem;
import io.hichat.model.social.FriendRequestQuery;
import org.springframework.stereotype.Component;

/** S4 GET /v1/social/friend/putIns: the requests the caller sent or received. */
@Component("friendPutInList")
public class FriendPutInListEndpoint
    implements Endpoint<FriendRequestQuery, PageResult<FriendRequestItem>> {

  private final FriendRequestService requests;

  public FriendPutInListEndpoint(FriendRequestService requests) {
    this.requests = requests;
  }

  @Override
  public PageResult<FriendRequestItem> apply(Call<FriendRequestQuery> call) {
    return requests.list(call.userId(), call.body());
  }
}
