package io.hichat.functions.media;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a file is uploaded for: decides its size limit, accepted types and storage prefix. */
public enum Purpose {
  /** SEED-SPEC §5.13: avatars, images up to 10 MB. */
  AVATAR("avatar", 10L * 1024 * 1024, true),
  /** Favorites, any type up to 50 MB, stored per kind. */
  FAVORITE("favorite", 50L * 1024 * 1024, false),
  /** Stickers, images up to 10 MB. */
  EMOJI("emoji", 10L * 1024 * 1024, true),
  /** Chat media (SEED-SPEC §5.13): up to 100 MB, stored per kind (image, video, voice, file). */
  IM("im", 100L * 1024 * 1024, false);

  static final Set<String> IMAGE_TYPES =
      Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp");

  private final String prefix;
  private final long maxBytes;
  private final boolean imagesOnly;

  Purpose(String prefix, long maxBytes, boolean imagesOnly) {
    this.prefix = prefix;
    this.maxBytes = maxBytes;
    this.imagesOnly = imagesOnly;
  }

  public String prefix() {
    return prefix;
  }

  public long maxBytes() {
    return maxBytes;
  }

  public boolean accepts(String mediaType) {
    return !imagesOnly || IMAGE_TYPES.contains(mediaType);
  }

  public static Optional<Purpose> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Purpose p : values()) {
      if (p.prefix.equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
