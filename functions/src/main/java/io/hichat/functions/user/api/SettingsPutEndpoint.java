package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.UserSettings;
import io.hichat.model.api.Empty;
import io.hichat.model.user.SettingsRequest;
import org.springframework.stereotype.Component;

/** U23 PUT /api/v1/user/settings: overwrites the blob; it must be a JSON object. */
@Component("settingsPut")
public class SettingsPutEndpoint implements Endpoint<SettingsRequest, Empty> {

  private final UserSettings settings;

  public SettingsPutEndpoint(UserSettings settings) {
    this.settings = settings;
  }

  @Override
  public Empty apply(Call<SettingsRequest> call) {
    settings.put(call.userId(), call.body().settings());
    return Empty.INSTANCE;
  }
}
