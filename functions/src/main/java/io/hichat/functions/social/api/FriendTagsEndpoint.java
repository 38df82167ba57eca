package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendTagsRequest;
import org.springframework.stereotype.Component;

/** S14 POST /v1/social/friend/tags: the caller's tags for a friend. */
@Component("friendTags")
public class FriendTagsEndpoint implements Endpoint<FriendTagsRequest, Empty> {

  private final FriendService friends;

  public FriendTagsEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendTagsRequest> call) {
    friends.tags(call.userId(), call.body().friendUid(), call.body().tags());
    return Empty.INSTANCE;
  }
}
