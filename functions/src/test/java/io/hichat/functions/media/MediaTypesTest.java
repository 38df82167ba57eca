package io.hichat.functions.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Fixtures;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

  final MediaTypes types = new MediaTypes(new Tika());

  @Test
  void sniffing_believesTheBytes_notTheName() {
    assertThat(types.sniff(Fixtures.PNG, "photo.gif")).isEqualTo("image/png");
    assertThat(types.sniff(Fixtures.GIF, "x.png")).isEqualTo("image/gif");
    assertThat(types.sniff("<html><body>hi</body></html>".getBytes(), "x.png"))
        .isNotIn(Purpose.IMAGE_TYPES);
  }

  @Test
  void onlyImagesAndVideos_areServedInline() {
    assertThat(MediaTypes.servedType(MediaTypes.kind("image/png"), "image/png"))
        .isEqualTo("image/png");
    assertThat(MediaTypes.servedType(MediaTypes.kind("video/mp4"), "video/mp4"))
        .isEqualTo("video/mp4");
    assertThat(MediaTypes.servedType(MediaTypes.kind("text/html"), "text/html"))
        .isEqualTo("application/octet-stream");
    assertThat(MediaTypes.servedType(MediaTypes.kind("image/svg+xml"), "image/svg+xml"))
        .isEqualTo("application/octet-stream");
    assertThat(MediaTypes.kind("image/svg+xml")).isEqualTo("file");
  }

  @Test
  void extensions_comeFromTheType_elseASafeSuffixOfTheName() {
    assertThat(MediaTypes.extension("image/jpeg", "x.exe")).isEqualTo("jpg");
    assertThat(MediaTypes.extension("application/zip", "report.ZIP")).isEqualTo("zip");
    assertThat(MediaTypes.extension("application/zip", "../../etc/passwd")).isEqualTo("bin");
    assertThat(MediaTypes.extension("application/zip", "x.a b")).isEqualTo("bin");
  }

  @Test
  void purposes_limitTypesAndSizes() {
    assertThat(Purpose.AVATAR.accepts("image/webp")).isTrue();
    assertThat(Purpose.AVATAR.accepts("image/svg+xml")).isFalse();
    assertThat(Purpose.FAVORITE.accepts("application/pdf")).isTrue();
    assertThat(Purpose.FAVORITE.maxBytes()).isEqualTo(50L * 1024 * 1024);
    assertThat(Purpose.parse("Emoji")).contains(Purpose.EMOJI);
    assertThat(Purpose.parse("video")).isEmpty();
  }
}
