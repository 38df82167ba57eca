package io.hichat.model.route;

import java.util.List;

/** The social graph: SEED-SPEC §1.2, prefix {@code /v1/social}. */
public final class SocialRoutes {

  public static final String PREFIX = "/v1/social";

  private SocialRoutes() {}

  static List<Route> all() {
    return List.of();
  }
}
