package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendRemarkRequest;
import org.springframework.stereotype.Component;

/** S7 POST /v1/social/friend/remark: the caller's remark for a friend. */
@Component("friendRemark")
public class FriendRemarkEndpoint implements Endpoint<FriendRemarkRequest, Empty> {

  private final FriendService friends;

  public FriendRemarkEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendRemarkRequest> call) {
    friends.remark(call.userId(), call.body().friendUid(), call.body().remark());
    return Empty.INSTANCE;
  }
}
