package io.hichat.functions.social.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.social.domain.FriendService;
import io.hichat.model.api.Empty;
import io.hichat.model.social.FriendReportRequest;
import org.springframework.stereotype.Component;

/** S15 POST /v1/social/friend/report: reports a friend. */
@Component("friendReport")
public class FriendReportEndpoint implements Endpoint<FriendReportRequest, Empty> {

  private final FriendService friends;

  public FriendReportEndpoint(FriendService friends) {
    this.friends = friends;
  }

  @Override
  public Empty apply(Call<FriendReportRequest> call) {
    friends.report(call.userId(), call.body().friendUid(), call.body().reason());
    return Empty.INSTANCE;
  }
}
