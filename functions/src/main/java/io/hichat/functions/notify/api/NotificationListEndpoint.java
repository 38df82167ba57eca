package io.hichat.functions.notify.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.notify.domain.NotificationCenter;
import io.hichat.model.notify.NotificationList;
import io.hichat.model.notify.NotificationQuery;
import org.springframework.stereotype.Component;

/** I10 GET /v1/im/notifications: the caller's own notifications only. */
@Component("notifyList")
public class NotificationListEndpoint implements Endpoint<NotificationQuery, NotificationList> {

  private final NotificationCenter center;

  public NotificationListEndpoint(NotificationCenter center) {
    this.center = center;
  }

  @Override
  public NotificationList apply(Call<NotificationQuery> call) {
    NotificationQuery q = call.body();
    return new NotificationList(center.list(call.userId(), q.unreadOnly(), q.offset(), q.limit()));
  }
}
