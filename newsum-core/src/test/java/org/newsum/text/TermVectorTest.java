package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.internal.text.AscendingIds;

class TermVectorTest {
  @Test
  void theCountingSetIsKeptWhileItFitsAndReplacedOnceAHugeVocabularyIsDone() {
    AscendingIds small = new AscendingIds(4096, true);
    assertThat(TermVector.fitted(small, 200_000)).isSameAs(small);

    AscendingIds grown = new AscendingIds(4096, true);
    grown.add(199_999);
    grown.clear();
    assertThat(TermVector.fitted(grown, 200_000)).as("still needed").isSameAs(grown);
    AscendingIds fitted = TermVector.fitted(grown, 5_000);
    assertThat(fitted).isNotSameAs(grown);
    assertThat(fitted.idLimit()).isBetween(5_000, 5_000 + 63);
  }
}
