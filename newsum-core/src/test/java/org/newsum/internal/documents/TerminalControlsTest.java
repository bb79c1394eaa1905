package org.newsum.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalControlsTest {
  @Test
  void removesEscapeSequencesAndControlCharactersKeepingLineBreaksAndTabs() {
    assertThat(TerminalControls.strip("\u001b[1;31mred\u001b[0m\tplain\r\n")).isEqualTo("red\tplain\r\n");
    assertThat(TerminalControls.strip("\u001b]0;title\u001b\\a\u001bPdcs\u0007b\u001b(Bc\u001bcd")).isEqualTo("abcd");
    assertThat(TerminalControls.strip("bell\u0007 back\b del\u007f c1\u0085 csi\u009b2Jend")).isEqualTo("bell back del c1 csiend");
  }

  @Test
  void anUnterminatedStringCommandEndsAtTheLineBreak() {
    assertThat(TerminalControls.strip("a\u001b]0;never closed\nthe article goes on.")).isEqualTo("a\nthe article goes on.");
    assertThat(TerminalControls.strip("ends with escape \u001b")).isEqualTo("ends with escape ");
  }

  @Test
  void textWithoutControlsIsReturnedAsItIs() {
    String text = "Müller said: “fine” — 5 € \u4e2d\u6587.\n";
    assertThat(TerminalControls.strip(text)).isSameAs(text);
  }
}
