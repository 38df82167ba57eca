package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.ProfileService;
import io.hichat.model.user.UserSearchQuery;
import io.hichat.model.user.UserSearchResult;
import org.springframework.stereotype.Component;

/** U12 GET /api/v1/user/search. */
@Component("userSearch")
public class SearchEndpoint implements Endpoint<UserSearchQuery, UserSearchResult> {

  private final ProfileService profiles;

  public SearchEndpoint(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public UserSearchResult apply(Call<UserSearchQuery> call) {
    return profiles.search(call.userId(), call.body());
  }
}
