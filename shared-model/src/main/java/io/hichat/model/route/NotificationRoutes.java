package io.hichat.model.route;

import java.util.List;

/** The notification center: SEED-SPEC §1.3 I10–I12, prefix {@code /v1/im}. */
public final class NotificationRoutes {

  public static final String PREFIX = "/v1/im";

  private NotificationRoutes() {}

  static List<Route> all() {
    return List.of();
  }
}
