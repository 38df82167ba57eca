package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.EmojiService;
import io.hichat.model.api.IdResult;
import io.hichat.model.user.EmojiAddRequest;
import org.springframework.stereotype.Component;

/** U18 POST /api/v1/user/emoji: adds a custom sticker at the front of the caller's list. */
@Component("emojiAdd")
public class EmojiAddEndpoint implements Endpoint<EmojiAddRequest, IdResult> {

  private final EmojiService emojis;

  public EmojiAddEndpoint(EmojiService emojis) {
    this.emojis = emojis;
  }

  @Override
  public IdResult apply(Call<EmojiAddRequest> call) {
    return new IdResult(emojis.add(call.userId(), call.body()));
  }
}
