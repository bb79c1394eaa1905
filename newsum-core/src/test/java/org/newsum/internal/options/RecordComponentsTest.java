package org.newsum.internal.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordComponentsTest {
  record Sample(int count, double weight, boolean on) {
    Sample {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0");
      }
    }
  }

  private static final Sample SAMPLE = new Sample(3, 0.5, true);

  @Test
  void componentsAreReadByName() {
    assertThat(RecordComponents.names(Sample.class)).containsExactly("count", "weight", "on");
    assertThat(RecordComponents.type(Sample.class, "count")).isEqualTo(int.class);
    assertThat(RecordComponents.value(SAMPLE, "weight")).isEqualTo(0.5);
  }

  @Test
  void aCopyReplacesOneComponentAndKeepsTheOthers() {
    assertThat(RecordComponents.with(SAMPLE, "count", 7)).isEqualTo(new Sample(7, 0.5, true));
    assertThat(RecordComponents.with(SAMPLE, "on", false)).isEqualTo(new Sample(3, 0.5, false));
  }

  @Test
  void theConstructorsCheckAndAnUnknownNameThrow() {
    assertThatThrownBy(() -> RecordComponents.with(SAMPLE, "count", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be >= 0");
    assertThatThrownBy(() -> RecordComponents.with(SAMPLE, "size", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no component 'size'");
    assertThatThrownBy(() -> RecordComponents.type(Sample.class, "size")).isInstanceOf(IllegalArgumentException.class);
  }
}
