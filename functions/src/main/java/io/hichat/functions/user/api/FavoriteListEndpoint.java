package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.FavoriteService;
import io.hichat.model.api.PageResult;
import io.hichat.model.user.FavoriteItem;
import io.hichat.model.user.FavoriteQuery;
import org.springframework.stereotype.Component;

/** U16 GET /api/v1/user/favorites: the caller's favorites, newest first, filtered and paged. */
@Component("favoriteList")
public class FavoriteListEndpoint implements Endpoint<FavoriteQuery, PageResult<FavoriteItem>> {

  private final FavoriteService favorites;

  public FavoriteListEndpoint(FavoriteService favorites) {
    this.favorites = favorites;
  }

  @Override
  public PageResult<FavoriteItem> apply(Call<FavoriteQuery> call) {
    return favorites.list(call.userId(), call.body());
  }
}
