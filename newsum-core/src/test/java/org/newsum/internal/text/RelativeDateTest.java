package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDateTest {
  private static final LocalDate SATURDAY = LocalDate.of(2017, 7, 8);

  @Test
  void aReportedWeekdayIsTheLastOneOnOrBeforePublication() {
    assertThat(RelativeDate.resolve("The presidents met on Friday in Hamburg.", SATURDAY, false)).isEqualTo("2017-07-07");
    assertThat(RelativeDate.resolve("Protesters marched on Saturday.", SATURDAY, false)).isEqualTo("2017-07-08");
    assertThat(RelativeDate.resolve("Aides met yesterday.", SATURDAY, false)).isEqualTo("2017-07-07");
  }

  @Test
  void anExpectedWeekdayIsTheNextOne() {
    assertThat(RelativeDate.resolve("They will meet on Friday.", SATURDAY, true)).isEqualTo("2017-07-14");
    assertThat(RelativeDate.resolve("Talks resume tomorrow.", SATURDAY, true)).isEqualTo("2017-07-09");
  }

  @Test
  void nothingToResolveWithoutADayOrADate() {
    assertThat(RelativeDate.resolve("The presidents met in Hamburg.", SATURDAY, false)).isNull();
    assertThat(RelativeDate.resolve("They met on Friday.", null, false)).isNull();
    assertThat(RelativeDate.resolve("Fridays are quiet.", SATURDAY, false)).isNull();
  }
}
