package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
  private static final LocalDate JULY_7 = LocalDate.of(2017, 7, 7);

  @Test
  void readsDatesAndKeepsTheCalendarDateOfADateTimeAsWritten() {
    assertThat(PublicationDate.parse("2017-07-07")).isEqualTo(JULY_7);
    assertThat(PublicationDate.parse("2017-07-07T21:47:00Z")).isEqualTo(JULY_7);
    assertThat(PublicationDate.parse("2017-07-07T23:47:00-05:00")).isEqualTo(JULY_7);
    assertThat(PublicationDate.parse("2017-07-07T00:30:00+02:00")).isEqualTo(JULY_7);
    assertThat(PublicationDate.parse("2017-07-07T21:47")).isEqualTo(JULY_7);
  }

  @Test
  void refusesWhatIsNotAStrictIsoDate() {
    for (String bad : new String[] {"yesterday", "2017-13-45", "2017-02-30", "2017/07/07", "7 July 2017", "2017-7-7",
        "2017-07-07T25:00:00Z", ""}) {
      assertThatThrownBy(() -> PublicationDate.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"date\" must be " + PublicationDate.EXPECTED + ", got \"" + bad + "\"");
    }
  }

  @Test
  void aJsonNullOrAbsentDateIsUnknownAndANumberIsRefused() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    assertThat(PublicationDate.fromJson(null)).isNull();
    assertThat(PublicationDate.fromJson(json.nullNode())).isNull();
    assertThat(PublicationDate.fromJson(json.textNode("2017-07-07"))).isEqualTo(JULY_7);
    assertThatThrownBy(() -> PublicationDate.fromJson(json.numberNode(20170707)))
        .hasMessage("\"date\" must be a string, " + PublicationDate.EXPECTED + ", got 20170707");
  }
}
