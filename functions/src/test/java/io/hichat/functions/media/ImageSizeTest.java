package io.hichat.functions.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.support.Fixtures;
import io.hichat.model.api.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageSizeTest {

  private static byte[] image(String format, int width, int height) throws IOException {
    int type = format.equals("jpeg") ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
    if (format.equals("gif") || format.equals("bmp")) {
      type = BufferedImage.TYPE_BYTE_INDEXED;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(new BufferedImage(width, height, type), format, out))
        .as("a writer for %s", format)
        .isTrue();
    return out.toByteArray();
  }

  /** A lossless WebP header: a VP8L chunk whose first bytes hold the size (14 bits a side). */
  private static byte[] webpLossless(int width, int height) {
    return webp("VP8L", b -> b.put((byte) 0x2f).putInt((width - 1) | ((height - 1) << 14)));
  }

  /** An extended WebP header: a VP8X chunk with the canvas size (24 bits a side, minus one). */
  private static byte[] webpExtended(int width, int height) {
    return webp(
        "VP8X",
        b -> {
          b.putInt(0);
          put24(b, width - 1);
          put24(b, height - 1);
        });
  }

  /** RIFF, WEBP and one chunk of ten bytes written by {@code chunk}. */
  private static byte[] webp(String fourCc, java.util.function.Consumer<ByteBuffer> chunk) {
    ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22);
    b.put("WEBP".getBytes(StandardCharsets.US_ASCII));
    b.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(10);
    chunk.accept(b);
    return b.array();
  }

  private static void put24(ByteBuffer b, int v) {
    b.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
  }

  @Test
  void readsTheSizeOfEveryAcceptedImageType_fromItsHeader() throws IOException {
    assertThat(ImageSize.read(image("png", 640, 480), "image/png"))
        .contains(new ImageSize(640, 480));
    assertThat(ImageSize.read(image("jpeg", 320, 200), "image/jpeg"))
        .contains(new ImageSize(320, 200));
    assertThat(ImageSize.read(image("gif", 50, 70), "image/gif")).contains(new ImageSize(50, 70));
    assertThat(ImageSize.read(image("bmp", 30, 40), "image/bmp")).contains(new ImageSize(30, 40));
    assertThat(ImageSize.read(webpLossless(123, 45), "image/webp"))
        .contains(new ImageSize(123, 45));
    assertThat(ImageSize.read(webpExtended(4000, 3000), "image/webp"))
        .contains(new ImageSize(4000, 3000));
  }

  @Test
  void anImageOfTenThousandPixelsASide_passes_oneMore_isRefused() throws IOException {
    assertThat(ImageSize.check(image("png", ImageSize.MAX_SIDE, 1), "image/png"))
        .isEqualTo(new ImageSize(ImageSize.MAX_SIDE, 1));
    assertThat(ImageSize.check(image("png", 1, ImageSize.MAX_SIDE), "image/png"))
        .isEqualTo(new ImageSize(1, ImageSize.MAX_SIDE));
    for (byte[] tooLarge :
        new byte[][] {
          image("png", ImageSize.MAX_SIDE + 1, 1), image("png", 1, ImageSize.MAX_SIDE + 1)
        }) {
      assertThatThrownBy(() -> ImageSize.check(tooLarge, "image/png"))
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.error()).isEqualTo(ErrorCode.UPLOAD_TYPE_REJECTED))
          .hasMessageContaining("10000 × 10000")
          .hasMessageContaining("this one is");
    }
    byte[] huge = webpExtended(20_000, 100);
    assertThatThrownBy(() -> ImageSize.check(huge, "image/webp"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("this one is 20000 × 100");
  }

  @Test
  void aGifWhoseScreenIsLargerThanItsFrame_isMeasuredByItsScreen() throws IOException {
    byte[] gif = image("gif", 10, 10);
    // the logical screen descriptor follows the six-byte signature: width, height (little-endian)
    byte[] bomb = Arrays.copyOf(gif, gif.length);
    ByteBuffer.wrap(bomb, 6, 4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 20_000);
    assertThat(ImageSize.read(bomb, "image/gif")).contains(new ImageSize(20_000, 10));
    assertThatThrownBy(() -> ImageSize.check(bomb, "image/gif"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("this one is 20000 × 10");
  }

  @Test
  void aPhotosSize_isFoundAfterItsMetadata_onlyWhenTheHeadReadHoldsIt() throws IOException {
    byte[] photo = Fixtures.jpegWithMetadata(200, 100, 40_000);
    assertThat(ImageSize.read(photo, "image/jpeg")).contains(new ImageSize(200, 100));
    assertThat(ImageSize.read(Arrays.copyOf(photo, 8192), "image/jpeg")).isEmpty();
  }

  @Test
  void bytesThatDoNotReadAsTheImageTheyClaim_areRefused() throws IOException {
    byte[] png = image("png", 64, 64);
    byte[] cut = Arrays.copyOf(png, 12);
    byte[] text = "not an image at all".getBytes(StandardCharsets.US_ASCII);
    assertThat(ImageSize.read(cut, "image/png")).isEmpty();
    assertThat(ImageSize.read(text, "image/jpeg")).isEmpty();
    assertThat(ImageSize.read(png, "image/svg+xml")).isEmpty();
    assertThatThrownBy(() -> ImageSize.check(cut, "image/png"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.error()).isEqualTo(ErrorCode.UPLOAD_TYPE_REJECTED))
        .hasMessageContaining("not a readable image/png image");
  }
}
