package io.hichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsTest {

  @Test
  void aSecondAndAPoint_readBackFromAResultsFile_areTheOnesMeasured() throws Exception {
    Latency.Second second = new Latency.Second(1.5, 472, 41.4, 108.2, 111.8);
    double[] point = {1.5, 472.0};
    String json = Json.MAPPER.writeValueAsString(Map.of("s", second, "p", point));
    Map<?, ?> back = Json.MAPPER.readValue(json, Map.class);

    assertThat(Charts.second(back.get("s"))).isEqualTo(second);
    assertThat(Charts.point(back.get("p"))).containsExactly(point);
    assertThat(Charts.second(second)).isSameAs(second);
    assertThat(Charts.point(List.of(2, 3))).containsExactly(2.0, 3.0);
  }
}
