package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsTest {

  @Test
  void aMarkedBlock_isReplaced_andTextAroundItKept() {
    String doc = "intro\n<!-- bench:x:start -->\nold\n<!-- bench:x:end -->\noutro\n";

    String out = Results.replaceBlock(doc, "x", "new");

    assertThat(out).isEqualTo("intro\n<!-- bench:x:start -->\nnew\n<!-- bench:x:end -->\noutro\n");
  }

  @Test
  void withoutMarkers_theBlockIsAppended() {
    String out = Results.replaceBlock("# T\n", "y", "body");

    assertThat(out).isEqualTo("# T\n\n<!-- bench:y:start -->\nbody\n<!-- bench:y:end -->\n");
  }
}
