package io.hichat.functions.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsAndTagsTest {

  @Test
  void settings_areStoredCompactly() {
    assertThat(UserSettings.normalize("{ \"themeMode\" : \"dark\" }"))
        .isEqualTo("{\"themeMode\":\"dark\"}");
  }

  @Test
  void settings_thatAreNotAnObject_areRefused() {
    for (String bad : new String[] {"[]", "1", "\"x\"", "{", "null", "{} {}"}) {
      assertThatThrownBy(() -> UserSettings.normalize(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.error()).isEqualTo(ErrorCode.INVALID_SETTINGS));
    }
  }

  @Test
  void settings_overSixteenKibibytes_areRefused() {
    String big = "{\"k\":\"" + "x".repeat(UserSettings.MAX_CHARS) + "\"}";
    assertThatThrownBy(() -> UserSettings.normalize(big)).isInstanceOf(DomainException.class);
  }

  @Test
  void missingPrivacyKey_countsAsEnabled_onlyFalseDisables() {
    assertThat(UserSettings.enabled(Map.of(), UserSettings.BY_PHONE)).isTrue();
    assertThat(UserSettings.enabled(Map.of(UserSettings.BY_PHONE, true), UserSettings.BY_PHONE))
        .isTrue();
    assertThat(UserSettings.enabled(Map.of(UserSettings.BY_PHONE, false), UserSettings.BY_PHONE))
        .isFalse();
  }

  @Test
  void tags_mustBeAJsonArrayOfStrings() {
    assertThat(Tags.jsonArray("[ \"a\", \"b\" ]", "tags", 100)).isEqualTo("[\"a\",\"b\"]");
    assertThat(Tags.jsonArray("", "tags", 100)).isEqualTo("[]");
    for (String bad : new String[] {"[1]", "{}", "a", "[\"a\",null]"}) {
      assertThatThrownBy(() -> Tags.jsonArray(bad, "tags", 100))
          .as(bad)
          .isInstanceOf(DomainException.class);
    }
  }
}
