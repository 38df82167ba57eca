package io.hichat.functions.media;

import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of chat media (SEED-SPEC §5.13): image, video, voice or file, named by the file's
 * extension and proven by its bytes. A name that promises media must hold that media (a {@code
 * .png} that is HTML is refused); anything else is a file, stored as a download whatever it holds.
 */
final class ChatMediaKinds {

  static final Set<String> IMAGE = Set.of("jpg", "jpeg", "png", "gif", "webp", "bmp");
  static final Set<String> VIDEO = Set.of("mp4", "mov", "avi", "mkv", "webm");
  static final Set<String> VOICE = Set.of("mp3", "m4a", "aac", "ogg", "wav", "opus", "amr");

  private ChatMediaKinds() {}

  /** The kind the file name promises. */
  static String byName(String fileName) {
    String ext = "";
    if (fileName != null) {
      int dot = fileName.lastIndexOf('.');
      ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
    if (IMAGE.contains(ext)) {
      return "image";
    }
    if (VIDEO.contains(ext)) {
      return "video";
    }
    return VOICE.contains(ext) ? "voice" : "file";
  }

  /** The kind the (sniffed or declared) media type is. */
  static String byContent(String mediaType) {
    String kind = MediaTypes.kind(mediaType);
    if (!kind.equals("file")) {
      return kind;
    }
    return mediaType.startsWith("audio/") || mediaType.equals("application/ogg") ? "voice" : "file";
  }

  /**
   * The kind a chat file is stored as.
   *
   * @throws DomainException {@link ErrorCode#UPLOAD_TYPE_REJECTED} when the name promises an image,
   *     video or voice message that the content is not
   */
  static String resolve(String mediaType, String fileName) {
    String named = byName(fileName);
    if (named.equals("file")) {
      return named;
    }
    String content = byContent(mediaType);
    if (!content.equals(named)) {
      throw new DomainException(
          ErrorCode.UPLOAD_TYPE_REJECTED, "the file is named as " + named + " but is " + mediaType);
    }
    return named;
  }
}
