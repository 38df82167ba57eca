package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendMomentsPermissionRequest;
import org.springframework.stereotype.Component;

/** S10 POST /v1/social/friend/momentsPermission: what a friend sees of the caller's moments. */
@Component("friendMomentsPermission")
public class FriendMomentsPermissionEndpoint
    implements Endpoint<FriendMomentsPermissionRequest, Empty> {

  private final FriendService friends;

  public FriendMomentsPermissionEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendMomentsPermissionRequest> call) {
    friends.momentsPermission(call.userId(), call.body().friendUid(), call.body().permission());
    return Empty.INSTANCE;
  }
}
