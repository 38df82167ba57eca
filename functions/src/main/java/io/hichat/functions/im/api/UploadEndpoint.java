package io.hichat.functions.im.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.media.MediaStore;
import io.hichat.functions.media.Purpose;
import io.hichat.functions.media.StoredFile;
import io.hichat.model.user.FileUploadResult;
import org.springframework.stereotype.Component;

/**
 * I9 POST /v1/im/upload: chat media up to the multipart limit, stored under {@code im/<kind>};
 * larger files go through the presigned flow with purpose {@code im}.
 */
@Component("imUpload")
public class UploadEndpoint implements Endpoint<Void, FileUploadResult> {

  private final MediaStore media;

  public UploadEndpoint(MediaStore media) {
    this.media = media;
  }

  @Override
  public FileUploadResult apply(Call<Void> call) {
    StoredFile file = media.store(call.userId(), Purpose.IM, call.upload());
    return new FileUploadResult(file.url(), file.name(), file.size(), file.kind());
  }
}
