package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.media.MediaStore;
import io.hichat.functions.media.Purpose;
import io.hichat.functions.media.StoredFile;
import io.hichat.model.user.FileUploadResult;
import org.springframework.stereotype.Component;

/** U17 POST /api/v1/user/favorite/upload: stores a file of any type under favorite/{kind}. */
@Component("favoriteUpload")
public class FavoriteUploadEndpoint implements Endpoint<Void, FileUploadResult> {

  private final MediaStore media;

  public FavoriteUploadEndpoint(MediaStore media) {
    this.media = media;
  }

  @Override
  public FileUploadResult apply(Call<Void> call) {
    StoredFile file = media.store(call.userId(), Purpose.FAVORITE, call.upload());
    return new FileUploadResult(file.url(), file.name(), file.size(), file.kind());
  }
}
