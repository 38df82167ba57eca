package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.FavoriteService;
import io.hichat.model.api.IdResult;
import io.hichat.model.user.FavoriteAddRequest;
import org.springframework.stereotype.Component;

/** U14 POST /api/v1/user/favorite: saves a favorite for the caller. */
@Component("favoriteAdd")
public class FavoriteAddEndpoint implements Endpoint<FavoriteAddRequest, IdResult> {

  private final FavoriteService favorites;

  public FavoriteAddEndpoint(FavoriteService favorites) {
    this.favorites = favorites;
  }

  @Override
  public IdResult apply(Call<FavoriteAddRequest> call) {
    return new IdResult(favorites.add(call.userId(), call.body()));
  }
}
