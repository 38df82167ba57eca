package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.media.MediaStore;
import io.hichat.functions.media.Purpose;
import io.hichat.functions.media.StoredFile;
import io.hichat.model.user.FileUploadResult;
import org.springframework.stereotype.Component;

/**
 * U21 POST /api/v1/user/emoji/upload: stores a sticker image under emoji/ (images only; the kind is
 * image or gif). Adding it to the list is a separate call to U18.
 */
@Component("emojiUpload")
public class EmojiUploadEndpoint implements Endpoint<Void, FileUploadResult> {

  private final MediaStore media;

  public EmojiUploadEndpoint(MediaStore media) {
    this.media = media;
  }

  @Override
  public FileUploadResult apply(Call<Void> call) {
    StoredFile file = media.store(call.userId(), Purpose.EMOJI, call.upload());
    return new FileUploadResult(file.url(), file.name(), file.size(), file.kind());
  }
}
