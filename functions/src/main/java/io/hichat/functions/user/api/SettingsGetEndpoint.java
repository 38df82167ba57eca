package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.UserSettings;
import io.hichat.model.user.SettingsResult;
import org.springframework.stereotype.Component;

/** U22 GET /api/v1/user/settings. */
@Component("settingsGet")
public class SettingsGetEndpoint implements Endpoint<Void, SettingsResult> {

  private final UserSettings settings;

  public SettingsGetEndpoint(UserSettings settings) {
    this.settings = settings;
  }

  @Override
  public SettingsResult apply(Call<Void> call) {
    return new SettingsResult(settings.get(call.userId()));
  }
}
