package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.ProfileService;
import io.hichat.model.api.Empty;
import io.hichat.model.user.UpdateUserRequest;
import org.springframework.stereotype.Component;

/** U9 PUT /api/v1/user/update: a partial update of the caller's own profile. */
@Component("userUpdate")
public class UpdateEndpoint implements Endpoint<UpdateUserRequest, Empty> {

  private final ProfileService profiles;

  public UpdateEndpoint(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public Empty apply(Call<UpdateUserRequest> call) {
    profiles.update(call.userId(), call.body());
    return Empty.INSTANCE;
  }
}
