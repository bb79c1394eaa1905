package org.newsum.evaluation.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;

class RougeSentencesTest {
  @Test
  void splitsAtNewlinesWhenThereAreAny() {
    assertThat(RougeSentences.split("First one. Second one.\n\nThird", SplitMode.AUTO))
        .containsExactly("First one. Second one.", "Third");
  }

  @Test
  void regexSplitterSkipsAbbreviationsInitialsAndDatelines() {
    assertThat(RougeSentences.split("Mr. Smith met J. Doe in Washington. \"It went well,\" he said! "
        + "PINE RIDGE, S.D. (AP) -- More later.  2 more.", SplitMode.AUTO))
        .containsExactly("Mr. Smith met J. Doe in Washington.", "\"It went well,\" he said!",
            "PINE RIDGE, S.D. (AP) -- More later.", "2 more.");
  }

  @Test
  void listsKeepTheirSentencesButDropEmptyOnes() {
    assertThat(RougeSentences.ofList(List.of("a. b.", "", " c "))).containsExactly("a. b.", " c ");
  }

  @Test
  void noneKeepsTheWholeTextStripped() {
    assertThat(RougeSentences.split("  A. B.  ", SplitMode.NONE)).containsExactly("A. B.");
  }
}
