package io.hichat.functions.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.user.store.FavoriteStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.user.FavoriteAddRequest;
import io.hichat.model.user.FavoriteQuery;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks a favorite passes before anything is written; no engine needed. */
class FavoriteRulesTest {

  static FavoriteAddRequest content(String content) {
    return new FavoriteAddRequest(null, null, content, null, null, null);
  }

  @Test
  void onlyContent_getsTextTypeAndEmptyDefaults() {
    // when
    FavoriteStore.Draft draft = FavoriteService.draft(content("hello"));

    // then
    assertThat(draft).isEqualTo(new FavoriteStore.Draft("text", "", "hello", "", "", "[]"));
  }

  @Test
  void everyFieldGiven_isKeptAndTagsAreCompacted() {
    // given
    FavoriteAddRequest request =
        new FavoriteAddRequest(
            "link", "A title", "https://example.org", "chat", "msg-1", "[ \"a\", \"b\" ]");

    // when
    FavoriteStore.Draft draft = FavoriteService.draft(request);

    // then
    assertThat(draft)
        .isEqualTo(
            new FavoriteStore.Draft(
                "link", "A title", "https://example.org", "chat", "msg-1", "[\"a\",\"b\"]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "image", "link", "file", "video", "location", "note"})
  void knownType_isAccepted(String type) {
    assertThat(FavoriteService.draft(new FavoriteAddRequest(type, null, "x", null, null, null)))
        .extracting(FavoriteStore.Draft::type)
        .isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TEXT", "audio", "text "})
  void unknownType_isRejected(String type) {
    assertBad(new FavoriteAddRequest(type, null, "x", null, null, null))
        .hasMessageContaining("type");
  }

  @Test
  void emptySource_isStoredEmpty() {
    assertThat(FavoriteService.draft(new FavoriteAddRequest(null, null, "x", "", null, null)))
        .extracting(FavoriteStore.Draft::source)
        .isEqualTo("");
  }

  @Test
  void unknownSource_isRejected() {
    assertBad(new FavoriteAddRequest(null, null, "x", "web", null, null))
        .hasMessageContaining("source");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankContent_isRejected(String content) {
    assertBad(content(content)).hasMessageContaining("content");
  }

  @Test
  void missingContent_isRejected() {
    assertBad(content(null)).hasMessageContaining("content");
  }

  @Test
  void contentAtTheColumnLimit_isAccepted() {
    assertThat(FavoriteService.draft(content("a".repeat(65_535))).content()).hasSize(65_535);
  }

  @Test
  void contentOverTheLimitInUtf8Bytes_isRejected() {
    // 21,846 three-byte characters are 65,538 bytes
    assertBad(content("中".repeat(21_846))).hasMessageContaining("content");
  }

  @Test
  void titleOverLimit_isRejected() {
    assertBad(new FavoriteAddRequest(null, "t".repeat(256), "x", null, null, null))
        .hasMessageContaining("title");
  }

  @Test
  void titleOfMaxCharactersBeyondAscii_isAccepted() {
    String title = "é".repeat(255);
    assertThat(
            FavoriteService.draft(new FavoriteAddRequest(null, title, "x", null, null, null))
                .title())
        .isEqualTo(title);
  }

  @Test
  void sourceIdOverLimit_isRejected() {
    assertBad(new FavoriteAddRequest(null, null, "x", null, "s".repeat(65), null))
        .hasMessageContaining("sourceId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a,b", "{\"a\":1}", "[1,2]", "[\"a\",null]", "[\"a\"", "\"a\""})
  void tagsNotAJsonArrayOfStrings_areRejected(String tags) {
    assertBad(new FavoriteAddRequest(null, null, "x", null, null, tags))
        .hasMessageContaining("tags");
  }

  @Test
  void tagsOverLimit_areRejected() {
    String tags = "[\"" + "t".repeat(497) + "\"]";
    assertBad(new FavoriteAddRequest(null, null, "x", null, null, tags))
        .hasMessageContaining("tags");
  }

  @Test
  void blankFilters_meanNoFilter() {
    assertThat(FavoriteService.filter(new FavoriteQuery(" ", "", null, null)))
        .isEqualTo(new FavoriteStore.Filter(null, null));
  }

  @Test
  void keywordFilter_isTrimmed() {
    assertThat(FavoriteService.filter(new FavoriteQuery("note", "  50%_off ", null, null)))
        .isEqualTo(new FavoriteStore.Filter("note", "50%_off"));
  }

  @Test
  void unknownTypeFilter_isRejected() {
    assertThatThrownBy(() -> FavoriteService.filter(new FavoriteQuery("audio", null, 1, 20)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_REQUEST));
  }

  @Test
  void keywordOverLimit_isRejected() {
    assertThatThrownBy(
            () -> FavoriteService.filter(new FavoriteQuery(null, "k".repeat(101), 1, 20)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_REQUEST));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertBad(
      FavoriteAddRequest request) {
    return assertThatThrownBy(() -> FavoriteService.draft(request))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_REQUEST));
  }
}
