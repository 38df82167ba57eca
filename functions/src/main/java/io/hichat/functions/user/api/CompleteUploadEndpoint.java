package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.media.MediaStore;
import io.hichat.functions.media.StoredFile;
import io.hichat.model.user.CompleteUploadRequest;
import io.hichat.model.user.FileUploadResult;
import org.springframework.stereotype.Component;

/** POST /api/v1/user/upload/complete: checks the uploaded object and returns its URL. */
@Component("uploadComplete")
public class CompleteUploadEndpoint implements Endpoint<CompleteUploadRequest, FileUploadResult> {

  private final MediaStore media;

  public CompleteUploadEndpoint(MediaStore media) {
    this.media = media;
  }

  @Override
  public FileUploadResult apply(Call<CompleteUploadRequest> call) {
    String key = Check.maxLength(Check.required(call.body().key(), "key"), 300, "key");
    StoredFile file = media.complete(call.userId(), key);
    return new FileUploadResult(file.url(), file.name(), file.size(), file.kind());
  }
}
