package io.hichat.functions.notify.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.notify.domain.NotificationCenter;
import io.hichat.model.notify.MarkReadRequest;
import io.hichat.model.notify.MarkReadResult;
import org.springframework.stereotype.Component;

/** I11 POST /v1/im/notifications/read: only the caller's notifications are touched. */
@Component("notifyMarkRead")
public class MarkReadEndpoint implements Endpoint<MarkReadRequest, MarkReadResult> {

  private final NotificationCenter center;

  public MarkReadEndpoint(NotificationCenter center) {
    this.center = center;
  }

  @Override
  public MarkReadResult apply(Call<MarkReadRequest> call) {
    return center.markRead(call.userId(), call.body());
  }
}
