package org.newsum.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScrapedDateTest {
  @Test
  void readsDatelinesAtTheTopOfScrapedText() {
    assertThat(ScrapedDate.fromText("Putin and Trump meet\nJul 7, 2017 | 21:47 GMT\nThe leaders met.")).isEqualTo("2017-07-07");
    assertThat(ScrapedDate.fromText("Trump, Putin to meet at G20 | 05.07.2017\nText.")).isEqualTo("2017-07-05");
    assertThat(ScrapedDate.fromText("Published 7 July 2017. The leaders met.")).isEqualTo("2017-07-07");
    assertThat(ScrapedDate.fromText("Updated 2017-07-08 10:00. On 7 July 2017 they met.")).isEqualTo("2017-07-08");
  }

  @Test
  void ignoresImpossibleDatesAndDatesDeepInTheStory() {
    assertThat(ScrapedDate.fromText("Filed 31.02.2017 by the desk.")).isNull();
    assertThat(ScrapedDate.fromText("x".repeat(ScrapedDate.HEAD_CHARACTERS) + " Jul 7, 2017")).isNull();
    assertThat(ScrapedDate.fromText("The 12 apostles and 2017 other things.")).isNull();
  }

  @Test
  void readsDatedAddressPaths() {
    assertThat(ScrapedDate.fromAddress("https://example.org/news/2017/07/05/trump-putin/")).isEqualTo(LocalDate.of(2017, 7, 5));
    assertThat(ScrapedDate.fromAddress("https://example.org/2017/7/5")).isEqualTo(LocalDate.of(2017, 7, 5));
    assertThat(ScrapedDate.fromAddress("https://example.org/2017/13/05/x")).isNull();
    assertThat(ScrapedDate.fromAddress("seeds/000.txt")).isNull();
  }
}
