package io.hichat.functions.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An image's size in pixels, read from its header by {@code javax.imageio} (WebP through
 * TwelveMonkeys' reader) without decoding a pixel, so an image too large to show is refused before
 * any device tries to decode it: a 20,000 × 20,000 PNG of one colour is a few kilobytes.
 */
record ImageSize(int width, int height) {

  /**
   * The reference's rule for uploaded images (SEED-SPEC §5.11, media upload), applied here to every
   * image HiChat stores: at least 1 × 1 and at most 10000 × 10000 pixels.
   */
  static final int MAX_SIDE = 10_000;

  /**
   * The bytes the size is read from, at most: a photo's header, its metadata (EXIF, colour profile)
   * included, fits many times over.
   */
  static final int HEADER_BYTES = 1024 * 1024;

  private static final WebPImageReaderSpi WEBP = new WebPImageReaderSpi();

  /**
   * The size of the image of {@code mediaType} whose bytes, or first bytes, are {@code head}, read
   * from at most its first {@link #HEADER_BYTES}; empty when no reader knows the type or the header
   * does not read as one.
   */
  static Optional<ImageSize> read(byte[] head, String mediaType) {
    ImageReader reader = reader(mediaType);
    if (reader == null) {
      return Optional.empty();
    }
    int length = Math.min(head.length, HEADER_BYTES);
    try (ImageInputStream in =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(head, 0, length))) {
      reader.setInput(in, true, false);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (mediaType.equals("image/gif")) {
        // browsers draw a GIF on its logical screen, which may be larger than its first frame
        int[] screen = gifScreen(reader.getStreamMetadata());
        width = Math.max(width, screen[0]);
        height = Math.max(height, screen[1]);
      }
      return Optional.of(new ImageSize(width, height));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    } finally {
      reader.dispose();
    }
  }

  /** {@link #require} of what {@link #read} finds in {@code head}. */
  static ImageSize check(byte[] head, String mediaType) {
    return require(read(head, mediaType), mediaType);
  }

  /**
   * The size of an image about to be stored, as read; refused with {@link
   * ErrorCode#UPLOAD_TYPE_REJECTED} when it could not be read or a side is outside 1 … {@link
   * #MAX_SIDE}.
   */
  static ImageSize require(Optional<ImageSize> read, String mediaType) {
    ImageSize size =
        read.orElseThrow(
            () ->
                new DomainException(
                    ErrorCode.UPLOAD_TYPE_REJECTED,
                    "not a readable " + mediaType + " image (its size could not be read)"));
    if (size.width() < 1
        || size.height() < 1
        || size.width() > MAX_SIDE
        || size.height() > MAX_SIDE) {
      throw new DomainException(
          ErrorCode.UPLOAD_TYPE_REJECTED,
          "an image must be 1 × 1 to %d × %d pixels, this one is %d × %d"
              .formatted(MAX_SIDE, MAX_SIDE, size.width(), size.height()));
    }
    return size;
  }

  private static ImageReader reader(String mediaType) {
    if (mediaType.equals("image/webp")) {
      // built directly: the plugin registry depends on the class loader a runtime starts with
      return WEBP.createReaderInstance(null);
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
    return readers.hasNext() ? readers.next() : null;
  }

  /** The logical screen of a GIF's stream metadata; {0, 0} when it has none. */
  private static int[] gifScreen(IIOMetadata stream) {
    if (stream == null) {
      return new int[] {0, 0};
    }
    String format = stream.getNativeMetadataFormatName();
    for (Node n = stream.getAsTree(format).getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals("LogicalScreenDescriptor")) {
        NamedNodeMap a = n.getAttributes();
        return new int[] {
          Integer.parseInt(a.getNamedItem("logicalScreenWidth").getNodeValue()),
          Integer.parseInt(a.getNamedItem("logicalScreenHeight").getNodeValue())
        };
      }
    }
    return new int[] {0, 0};
  }
}
