package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.EmojiService;
import io.hichat.model.api.PageQuery;
import io.hichat.model.api.PageResult;
import io.hichat.model.user.EmojiItem;
import org.springframework.stereotype.Component;

/** U20 GET /api/v1/user/emojis: the caller's stickers, in their order, paged. */
@Component("emojiList")
public class EmojiListEndpoint implements Endpoint<PageQuery, PageResult<EmojiItem>> {

  private final EmojiService emojis;

  public EmojiListEndpoint(EmojiService emojis) {
    this.emojis = emojis;
  }

  @Override
  public PageResult<EmojiItem> apply(Call<PageQuery> call) {
    return emojis.list(call.userId(), call.body());
  }
}
