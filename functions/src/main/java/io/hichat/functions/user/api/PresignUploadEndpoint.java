package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.media.MediaStore;
import io.hichat.functions.media.Purpose;
import io.hichat.model.user.PresignUploadRequest;
import io.hichat.model.user.PresignUploadResult;
import org.springframework.stereotype.Component;

/** POST /api/v1/user/upload/presign: a presigned PUT for files above the multipart limit. */
@Component("uploadPresign")
public class PresignUploadEndpoint implements Endpoint<PresignUploadRequest, PresignUploadResult> {

  private final MediaStore media;

  public PresignUploadEndpoint(MediaStore media) {
    this.media = media;
  }

  @Override
  public PresignUploadResult apply(Call<PresignUploadRequest> call) {
    PresignUploadRequest r = call.body();
    Purpose purpose =
        Purpose.parse(r.purpose())
            .orElseThrow(() -> Check.bad("purpose must be avatar, favorite, emoji or im"));
    String name = Check.maxLength(Check.required(r.fileName(), "fileName"), 200, "fileName");
    String type =
        Check.maxLength(Check.required(r.contentType(), "contentType"), 100, "contentType");
    long size = Check.required(r.size(), "size");
    return media.presign(call.userId(), purpose, name, type, size);
  }
}
