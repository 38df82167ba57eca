package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.EmojiService;
import io.hichat.model.api.Empty;
import io.hichat.model.api.IdRequest;
import org.springframework.stereotype.Component;

/** U19 DELETE /api/v1/user/emoji: deletes one of the caller's stickers. */
@Component("emojiDelete")
public class EmojiDeleteEndpoint implements Endpoint<IdRequest, Empty> {

  private final EmojiService emojis;

  public EmojiDeleteEndpoint(EmojiService emojis) {
    this.emojis = emojis;
  }

  @Override
  public Empty apply(Call<IdRequest> call) {
    emojis.delete(call.userId(), call.body().id());
    return Empty.INSTANCE;
  }
}
