package io.hichat.functions.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.support.Fixtures;
import io.hichat.model.api.ErrorCode;
import java.nio.charset.StandardCharsets;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

class ChatMediaKindsTest {

  final MediaTypes types = new MediaTypes(new Tika());

  @Test
  void namedMedia_thatIsThatMedia_keepsItsKind() {
    assertThat(kind(Fixtures.PNG, "photo.PNG")).isEqualTo("image");
    assertThat(kind(mp3(), "note.mp3")).isEqualTo("voice");
    assertThat(kind(bytes("#!AMR\n"), "note.amr")).isEqualTo("voice");
    assertThat(kind(ogg(), "note.ogg")).isEqualTo("voice");
  }

  @Test
  void namedMedia_thatIsSomethingElse_isRefused() {
    assertThatThrownBy(() -> kind(bytes("<html><script>x</script></html>"), "cat.png"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.error()).isEqualTo(ErrorCode.UPLOAD_TYPE_REJECTED));
    assertThatThrownBy(() -> kind(Fixtures.PNG, "clip.mp4")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> kind(Fixtures.PNG, "note.mp3")).isInstanceOf(DomainException.class);
  }

  @Test
  void anyOtherName_isAFile_whateverItHolds() {
    assertThat(kind(bytes("%PDF-1.4 ..."), "report.pdf")).isEqualTo("file");
    assertThat(kind(Fixtures.PNG, "no-extension")).isEqualTo("file");
    assertThat(kind(bytes("<html></html>"), "page.html")).isEqualTo("file");
    assertThat(MediaTypes.servedType("file", "text/html")).isEqualTo("application/octet-stream");
    assertThat(MediaTypes.servedType("voice", "audio/mpeg")).isEqualTo("audio/mpeg");
  }

  private String kind(byte[] content, String name) {
    return ChatMediaKinds.resolve(types.sniff(content, name), name);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] mp3() {
    byte[] b = new byte[64];
    b[0] = 'I';
    b[1] = 'D';
    b[2] = '3';
    b[3] = 3;
    return b;
  }

  private static byte[] ogg() {
    byte[] b = new byte[64];
    System.arraycopy(bytes("OggS"), 0, b, 0, 4);
    return b;
  }
}
