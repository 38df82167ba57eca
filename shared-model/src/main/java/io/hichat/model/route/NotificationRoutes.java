package io.hichat.model.route;

import static io.hichat.model.route.Auth.JWT;
import static io.hichat.model.route.HttpMethod.GET;
import static io.hichat.model.route.HttpMethod.POST;

import io.hichat.model.notify.MarkReadRequest;
import io.hichat.model.notify.MarkReadResult;
import io.hichat.model.notify.NotificationList;
import io.hichat.model.notify.NotificationQuery;
import io.hichat.model.notify.UnreadCount;
import java.util.List;

/** The notification center: SEED-SPEC §1.3 I10–I12, prefix {@code /v1/im}. */
public final class NotificationRoutes {

  public static final String PREFIX = "/v1/im";

  private NotificationRoutes() {}

  static List<Route> all() {
    RouteBuilder r = new RouteBuilder("notify", PREFIX);
    return java.util.stream.Stream.of(
            r.query(
                    GET,
                    "/notifications",
                    "notifyList",
                    NotificationQuery.class,
                    NotificationList.class)
                .summary("The caller's notifications, newest first"),
            r.json(
                    POST,
                    "/notifications/read",
                    "notifyMarkRead",
                    JWT,
                    MarkReadRequest.class,
                    MarkReadResult.class)
                .summary("Mark notifications read, including ones that arrive later"),
            r.none(GET, "/notifications/unreadCount", "notifyUnreadCount", JWT, UnreadCount.class)
                .summary("How many notifications the caller has not read"))
        .map(RouteBuilder.Pending::build)
        .toList();
  }
}
