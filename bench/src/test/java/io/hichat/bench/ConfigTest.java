package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigTest {

  private static final String NAME = "HICHAT_BENCH_CONFIG_TEST_RATES";

  @AfterEach
  void clear() {
    System.clearProperty(NAME);
  }

  @Test
  void aListTakesCommasSpacesOrBoth() {
    System.setProperty(NAME, " 4000 8000,10000 , 12000 ");
    assertThat(Config.intsEnv(NAME, "1")).containsExactly(4000, 8000, 10000, 12000);
    System.clearProperty(NAME);
    assertThat(Config.intsEnv(NAME, "250,500")).containsExactly(250, 500);
  }

  @Test
  void somethingElseIsRefusedWithTheVariableNamed() {
    System.setProperty(NAME, "4000,8k");
    assertThatThrownBy(() -> Config.intsEnv(NAME, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(NAME)
        .hasMessageContaining("\"8k\"");
    assertThatThrownBy(() -> Config.intEnv(NAME, 1)).hasMessageContaining(NAME);
    assertThat(List.of(Config.intEnv(NAME + "_UNSET", 7))).containsExactly(7);
  }
}
