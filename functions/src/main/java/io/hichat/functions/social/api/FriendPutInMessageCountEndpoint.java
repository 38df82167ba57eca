package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendRequestService;
import io.hichat.model.social.FriendRequestCounts;
import org.springframework.stereotype.Component;

/** S6 GET /v1/social/friend/putIn/messageCount: the caller's unread request receipts. */
@Component("friendPutInMessageCount")
public class FriendPutInMessageCountEndpoint implements Endpoint<Void, FriendRequestCounts> {

  private final FriendRequestService requests;

  public FriendPutInMessageCountEndpoint(FriendRequestService requests) {
    this.requests = requests;
  }

  @Override
  public FriendRequestCounts apply(Call<Void> call) {
    return requests.counts(call.userId());
  }
}
