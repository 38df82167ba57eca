package io.hichat.functions.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.user.store.EmojiStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.user.EmojiAddRequest;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks a sticker passes before anything is written; no engine needed. */
class EmojiRulesTest {

  static final String URL = "https://cdn.example.org/s/1.png";

  static EmojiAddRequest url(String url) {
    return new EmojiAddRequest(url, null, null, null, null, null, null);
  }

  @Test
  void onlyUrl_getsImageTypeAndZeroDefaults() {
    // when
    EmojiStore.Draft draft = EmojiService.draft(url(URL));

    // then
    assertThat(draft).isEqualTo(new EmojiStore.Draft(URL, "", "", 0, 0, 0, "image"));
  }

  @Test
  void everyFieldGiven_isKept() {
    // given
    EmojiAddRequest request =
        new EmojiAddRequest(URL, "cat", "http://cdn.example.org/t.png", 120, 80, 2048L, "gif");

    // when
    EmojiStore.Draft draft = EmojiService.draft(request);

    // then
    assertThat(draft)
        .isEqualTo(
            new EmojiStore.Draft(URL, "cat", "http://cdn.example.org/t.png", 120, 80, 2048, "gif"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "cdn.example.org/a.png",
        "ftp://cdn.example.org/a.png",
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "http://",
        "https:///path-only",
        "https://exa mple.org/a.png"
      })
  void urlThatIsNotHttp_isRejected(String url) {
    assertBad(url(url)).hasMessageContaining("url");
  }

  @Test
  void missingUrl_isRejected() {
    assertBad(url(null)).hasMessageContaining("url");
  }

  @Test
  void uppercaseScheme_isAccepted() {
    assertThat(EmojiService.draft(url("HTTPS://cdn.example.org/a.png")).url())
        .isEqualTo("HTTPS://cdn.example.org/a.png");
  }

  @Test
  void urlOverLimit_isRejected() {
    String url = "https://cdn.example.org/" + "a".repeat(500 - 24 + 1);
    assertBad(url(url)).hasMessageContaining("url");
  }

  @Test
  void urlAtLimit_isAccepted() {
    String url = "https://cdn.example.org/" + "a".repeat(500 - 24);
    assertThat(EmojiService.draft(url(url)).url()).hasSize(500);
  }

  @Test
  void nameOverLimit_isRejected() {
    assertBad(new EmojiAddRequest(URL, "n".repeat(101), null, null, null, null, null))
        .hasMessageContaining("name");
  }

  @Test
  void thumbnailThatIsNotHttp_isRejected() {
    assertBad(new EmojiAddRequest(URL, null, "javascript:x", null, null, null, null))
        .hasMessageContaining("thumbnail");
  }

  @Test
  void widthOutOfRange_isRejected() {
    assertBad(new EmojiAddRequest(URL, null, null, 10_001, null, null, null))
        .hasMessageContaining("width");
    assertBad(new EmojiAddRequest(URL, null, null, -1, null, null, null))
        .hasMessageContaining("width");
  }

  @Test
  void heightOutOfRange_isRejected() {
    assertBad(new EmojiAddRequest(URL, null, null, null, 10_001, null, null))
        .hasMessageContaining("height");
  }

  @Test
  void dimensionsAtTheBounds_areAccepted() {
    EmojiStore.Draft draft =
        EmojiService.draft(new EmojiAddRequest(URL, null, null, 0, 10_000, 0L, null));
    assertThat(draft.width()).isZero();
    assertThat(draft.height()).isEqualTo(10_000);
  }

  @Test
  void negativeSize_isRejected() {
    assertBad(new EmojiAddRequest(URL, null, null, null, null, -1L, null))
        .hasMessageContaining("size");
  }

  @ParameterizedTest
  @ValueSource(strings = {"image", "gif", "sticker"})
  void knownFileType_isAccepted(String fileType) {
    assertThat(
            EmojiService.draft(new EmojiAddRequest(URL, null, null, null, null, null, fileType))
                .fileType())
        .isEqualTo(fileType);
  }

  @ParameterizedTest
  @ValueSource(strings = {"video", "GIF", "png"})
  void unknownFileType_isRejected(String fileType) {
    assertBad(new EmojiAddRequest(URL, null, null, null, null, null, fileType))
        .hasMessageContaining("fileType");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertBad(
      EmojiAddRequest request) {
    return assertThatThrownBy(() -> EmojiService.draft(request))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_REQUEST));
  }
}
