package org.newsum.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryOptionsTest {
  @Test
  void withChangesOneParameterByName() {
    StoryOptions changed = StoryOptions.DEFAULT.with("windowDays", "30").with("threshold", " 0.4 ");
    assertThat(changed.windowDays()).isEqualTo(30);
    assertThat(changed.threshold()).isEqualTo(0.4);
    assertThat(changed.articleTerms()).isEqualTo(StoryOptions.DEFAULT.articleTerms());
    assertThat(StoryOptions.DEFAULT.asMap().keySet()).contains("threshold", "windowDays", "maxOpenStories");
    assertThat(StoryOptions.DEFAULT.embeddings()).isTrue();
    assertThat(StoryOptions.DEFAULT.with("embeddings", " FALSE ").embeddings()).isFalse();
    assertThat(StoryOptions.DEFAULT.asMap()).containsEntry("embeddings", "true");
  }

  @Test
  void unknownNamesAndBadValuesAreNamed() {
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("treshold", "1"))
        .hasMessageContaining("unknown story parameter 'treshold'").hasMessageContaining("threshold");
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("windowDays", "a week"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("threshold", "1.5"))
        .hasMessageContaining("threshold must be in (0, 1]");
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("threshold", "NaN"))
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("neighbourNorm", "-0.5"))
        .hasMessageContaining("neighbourNorm must be in [0, 2]");
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("sharedNeighbours", "0"))
        .hasMessageContaining("sharedNeighbours must be in [1, 64]");
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("sharedWeight", "NaN"))
        .hasMessageContaining("sharedWeight must be in [0, 1]");
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("embeddings", "no"))
        .hasMessageContaining("story parameter 'embeddings': not true or false: 'no'");
    assertThatThrownBy(() -> StoryOptions.DEFAULT.with("pairThresholdMax", "1"))
        .hasMessageContaining("pairThresholdMax must be in [0, 1)");
  }
}
