package io.hichat.functions.support;

import java.util.Base64;

/** Small real files for upload tests. */
public final class Fixtures {

  /** A 1x1 PNG. */
  public static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  /** A 1x1 GIF. */
  public static final byte[] GIF =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  private Fixtures() {}
}
