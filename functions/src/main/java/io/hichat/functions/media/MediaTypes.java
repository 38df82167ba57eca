package io.hichat.functions.media;

import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;

/**
 * Content sniffing with Apache Tika: the stored type is what the bytes are, never what the client
 * claims.
 */
final class MediaTypes {

  private static final Map<String, String> EXTENSIONS =
      Map.ofEntries(
          Map.entry("image/jpeg", "jpg"),
          Map.entry("image/png", "png"),
          Map.entry("image/gif", "gif"),
          Map.entry("image/webp", "webp"),
          Map.entry("image/bmp", "bmp"),
          Map.entry("video/mp4", "mp4"),
          Map.entry("video/quicktime", "mov"),
          Map.entry("video/webm", "webm"),
          Map.entry("video/x-matroska", "mkv"),
          Map.entry("video/x-msvideo", "avi"),
          Map.entry("application/pdf", "pdf"));

  private final Tika tika;

  MediaTypes(Tika tika) {
    this.tika = tika;
  }

  /** The sniffed media type, without parameters. */
  String sniff(byte[] head, String fileName) {
    String detected = tika.detect(head, fileName);
    int semicolon = detected.indexOf(';');
    String type = (semicolon < 0 ? detected : detected.substring(0, semicolon)).trim();
    return type.equals("image/x-ms-bmp") ? "image/bmp" : type.toLowerCase(Locale.ROOT);
  }

  private static final java.util.Set<String> VIDEO_TYPES =
      java.util.Set.of(
          "video/mp4", "video/quicktime", "video/webm", "video/x-matroska", "video/x-msvideo");

  /**
   * image, video or file. Only raster images and common videos count as media: an SVG or any other
   * active format is a file, stored as a download, so it never runs in the storage origin.
   */
  static String kind(String mediaType) {
    if (Purpose.IMAGE_TYPES.contains(mediaType)) {
      return "image";
    }
    if (VIDEO_TYPES.contains(mediaType)) {
      return "video";
    }
    return "file";
  }

  /**
   * The type a file of {@code kind} is served with: media (images, videos, stickers, voice
   * messages) with their own type; anything else as an opaque download.
   */
  static String servedType(String kind, String mediaType) {
    return kind.equals("file") ? "application/octet-stream" : mediaType;
  }

  static String extension(String mediaType, String fileName) {
    String known = EXTENSIONS.get(mediaType);
    if (known != null) {
      return known;
    }
    if (fileName != null) {
      int dot = fileName.lastIndexOf('.');
      if (dot >= 0 && dot < fileName.length() - 1) {
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ext.matches("[a-z0-9]{1,8}")) {
          return ext;
        }
      }
    }
    return "bin";
  }
}
