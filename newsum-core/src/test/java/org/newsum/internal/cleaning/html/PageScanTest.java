package org.newsum.internal.cleaning.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageScanTest {
  @Test
  void spacesAreControlCharsSpacesNoBreakSpacesAndUnicodeWhitespace() {
    for (char c : new char[] {' ', '\t', '\n', '\u0000', '\u001f', '\u00a0', '\u2003', '\u3000'}) {
      assertThat(PageScan.isSpace(c)).as("U+%04X", (int) c).isTrue();
    }
    for (char c : new char[] {'a', '!', '~', '\u007f', '\u00e9', '\u00ad', '\u4e2d', '\ufeff'}) {
      assertThat(PageScan.isSpace(c)).as("U+%04X", (int) c).isFalse();
    }
  }
}
