package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.ProfileService;
import io.hichat.model.user.UserDetailResult;
import org.springframework.stereotype.Component;

/** U8 GET /api/v1/user/detail. */
@Component("userDetail")
public class DetailEndpoint implements Endpoint<Void, UserDetailResult> {

  private final ProfileService profiles;

  public DetailEndpoint(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public UserDetailResult apply(Call<Void> call) {
    return new UserDetailResult(profiles.detail(call.userId()));
  }
}
