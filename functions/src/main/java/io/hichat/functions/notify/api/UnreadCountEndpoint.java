package io.hichat.functions.notify.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.notify.domain.NotificationCenter;
import io.hichat.model.notify.UnreadCount;
import org.springframework.stereotype.Component;

/** I12 GET /v1/im/notifications/unreadCount. */
@Component("notifyUnreadCount")
public class UnreadCountEndpoint implements Endpoint<Void, UnreadCount> {

  private final NotificationCenter center;

  public UnreadCountEndpoint(NotificationCenter center) {
    this.center = center;
  }

  @Override
  public UnreadCount apply(Call<Void> call) {
    return new UnreadCount(center.unread(call.userId()));
  }
}
