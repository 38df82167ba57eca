package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.media.MediaStore;
import io.hichat.functions.media.Purpose;
import io.hichat.functions.media.StoredFile;
import io.hichat.functions.user.store.ProfileChange;
import io.hichat.functions.user.store.UserStore;
import io.hichat.model.user.UploadUrlResult;
import org.springframework.stereotype.Component;

/** U10 POST /api/v1/user/avatar/upload: stores the image and makes it the caller's avatar. */
@Component("userAvatarUpload")
public class AvatarUploadEndpoint implements Endpoint<Void, UploadUrlResult> {

  private final MediaStore media;
  private final UserStore users;

  public AvatarUploadEndpoint(MediaStore media, UserStore users) {
    this.media = media;
    this.users = users;
  }

  @Override
  public UploadUrlResult apply(Call<Void> call) {
    long userId = call.userId();
    StoredFile file = media.store(userId, Purpose.AVATAR, call.upload());
    users.update(
        userId, new ProfileChange(null, null, file.url(), null, null, null, null, null, null));
    return new UploadUrlResult(file.url());
  }
}
