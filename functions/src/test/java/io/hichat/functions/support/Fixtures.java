package io.hichat.functions.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

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

  /** A one-colour PNG of the given size: a few hundred bytes, however large. */
  public static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  /** A JPEG with an application segment of {@code metadata} bytes before its frame header. */
  public static byte[] jpegWithMetadata(int width, int height, int metadata) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
    byte[] jpeg = plain.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // start of image
    out.write(new byte[] {(byte) 0xFF, (byte) 0xEF}); // APP15
    int length = metadata + 2;
    out.write(new byte[] {(byte) (length >> 8), (byte) length});
    out.write(new byte[metadata]);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private Fixtures() {}
}
