package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsum.model.Characters;
import org.newsum.text.SentenceSplitter;

class SentenceTerminalsTest {
  @Test
  void theSearchedCharactersAreExactlyTheTerminals() {
    String searched = new String(NewsSentenceSplitter.TERMINALS);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(searched.indexOf(c) >= 0).as("U+%04X", (int) c).isEqualTo(Characters.isTerminal(c));
    }
  }

  @Test
  void searchingAStringSplitsAsReadingItCharacterByCharacter() {
    // A StringBuilder is read character by character; a String through the remembered searches.
    String alphabet = "ab Z.!?\u2026\u061f\u06d4\u0964\u0965\u3002\uff01\uff1f\"')\u201d \n\n\t1Mr.U.S.Jan. \u00e9\u4e2d";
    Random random = new Random(13);
    for (String language : new String[] {"en", "fr", "zh"}) {
      SentenceSplitter splitter = new NewsSentenceSplitter().forLanguage(language);
      for (int round = 0; round < 2000; round++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(120);
        for (int i = 0; i < length; i++) {
          text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('a' + random.nextInt(26)));
        }
        assertThat(splitter.split(text.toString())).as(text.toString()).isEqualTo(splitter.split(text));
      }
      String news = "WASHINGTON (AP) -- Sen. Smith said. ``We won!'' he said.\n\nThe U.S. economy grew 3 p.m. Friday. Next.";
      assertThat(splitter.split(news)).isEqualTo(splitter.split(new StringBuilder(news)));
    }
  }
}
