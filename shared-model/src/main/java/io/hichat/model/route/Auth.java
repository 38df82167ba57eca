package io.hichat.model.route;

/** Who may call a route. */
public enum Auth {
  /** Anyone; the route identifies no caller. */
  NONE,
  /**
   * A valid HiChat access token ({@code Authorization: Bearer}); the caller is the token's user.
   */
  JWT
}
