package io.hichat.functions.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckTest {

  @Test
  void phone_acceptsDigitsWithOptionalPlus() {
    assertThat(Check.phone("+8613800000000")).isEqualTo("+8613800000000");
    for (String bad : new String[] {"", "12345", "abc123456", "1".repeat(21), "+ 123456"}) {
      assertThatThrownBy(() -> Check.phone(bad)).as(bad).isInstanceOf(DomainException.class);
    }
  }

  @Test
  void email_isLowerCased_andMustLookLikeAnAddress() {
    assertThat(Check.email("Ada@Example.ORG")).isEqualTo("ada@example.org");
    for (String bad : new String[] {"ada", "ada@", "@x.org", "a@b", "a b@c.org"}) {
      assertThatThrownBy(() -> Check.email(bad)).as(bad).isInstanceOf(DomainException.class);
    }
  }

  @Test
  void password_isSixToSixtyFourCharacters_andAtMostSeventyTwoBytes() {
    assertThat(Check.password("abcdef", "p")).isEqualTo("abcdef");
    assertThatThrownBy(() -> Check.password("abcde", "p")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> Check.password("a".repeat(65), "p"))
        .isInstanceOf(DomainException.class);
    // 30 three-byte characters: 30 characters but 90 bytes
    assertThatThrownBy(() -> Check.password("\u4e2d".repeat(30), "p"))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void maxLength_countsCodePoints() {
    assertThat(Check.maxLength("\uD83D\uDE00\uD83D\uDE00", 2, "f")).hasSize(4);
    assertThatThrownBy(() -> Check.maxLength("abc", 2, "f"))
        .hasMessageContaining("f must be at most 2");
  }

  @Test
  void range_usesTheFallbackOnlyWhenAbsent() {
    assertThat(Check.range(null, 1, 5, 3, "n")).isEqualTo(3);
    assertThatThrownBy(() -> Check.range(0, 1, 5, 3, "n")).isInstanceOf(DomainException.class);
  }
}
