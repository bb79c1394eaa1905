package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class QuotationMarkTest {
  @Test
  void theQuotationPatternFindsEachStyleShortestFirst() {
    Matcher m = QuotationMark.quotationPattern().matcher("a ``b'' c \u201cd\u201d e \"f\" g \"h\"");
    StringBuilder quoted = new StringBuilder();
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          quoted.append(m.group(g));
        }
      }
    }
    assertThat(quoted).hasToString("bdfh");
  }

  @Test
  void theMarkPatternFindsEveryMarkAndNoApostrophe() {
    for (String mark : new String[] {"``", "''", "\u201c", "\u201d", "\""}) {
      assertThat(QuotationMark.markPattern().matcher("a " + mark + " b").find()).as(mark).isTrue();
    }
    assertThat(QuotationMark.markPattern().matcher("the coach's team").find()).isFalse();
  }

  @Test
  void onlyTheStraightQuoteIsUndirected() {
    assertThat(QuotationMark.DIRECTED).containsExactly(QuotationMark.NEWSWIRE, QuotationMark.TYPOGRAPHIC);
  }
}
