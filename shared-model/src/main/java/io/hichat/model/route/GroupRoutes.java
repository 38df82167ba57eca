package io.hichat.model.route;

import java.util.List;

/** Groups: SEED-SPEC §1.2 G1–G33, prefix {@code /v1/social}. */
public final class GroupRoutes {

  public static final String PREFIX = "/v1/social";

  private GroupRoutes() {}

  static List<Route> all() {
    return List.of();
  }
}
