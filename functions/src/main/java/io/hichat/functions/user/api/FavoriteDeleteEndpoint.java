package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.FavoriteService;
import io.hichat.model.api.Empty;
import io.hichat.model.api.IdRequest;
import org.springframework.stereotype.Component;

/** U15 DELETE /api/v1/user/favorite: deletes one of the caller's favorites. */
@Component("favoriteDelete")
public class FavoriteDeleteEndpoint implements Endpoint<IdRequest, Empty> {

  private final FavoriteService favorites;

  public FavoriteDeleteEndpoint(FavoriteService favorites) {
    this.favorites = favorites;
  }

  @Override
  public Empty apply(Call<IdRequest> call) {
    favorites.delete(call.userId(), call.body().id());
    return Empty.INSTANCE;
  }
}
