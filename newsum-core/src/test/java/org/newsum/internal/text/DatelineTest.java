package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
  private static String afterDateline(String sentence) {
    return sentence.substring(Dateline.length(sentence));
  }

  @Test
  void wireDatelinesAreRecognized() {
    assertThat(afterDateline("BERLIN (AP) _ Two medical experts testified on Wednesday."))
        .isEqualTo("Two medical experts testified on Wednesday.");
    assertThat(afterDateline("MADRID, February 17 (Xinhua) -- Spanish pole vaulter Dana Cervantes tested positive."))
        .isEqualTo("Spanish pole vaulter Dana Cervantes tested positive.");
    assertThat(afterDateline("BEIDAIHE (Hebei), March 5 (Xinhua) -- China will act."))
        .isEqualTo("China will act.");
    assertThat(afterDateline("NEW YORK _ The city council voted on Monday."))
        .isEqualTo("The city council voted on Monday.");
    assertThat(afterDateline("HAMBURG \u2014 President Trump finally sits down with Putin on Friday."))
        .isEqualTo("President Trump finally sits down with Putin on Friday.");
    assertThat(afterDateline("Paris ( ap ) \u2014 the pompidou centre hopes to display a picture."))
        .isEqualTo("the pompidou centre hopes to display a picture.");
    assertThat(afterDateline("Washington \u2014 The death penalty is shaping up to be an issue."))
        .isEqualTo("The death penalty is shaping up to be an issue.");
  }

  @Test
  void sentencesWithoutADatelineAreLeftAlone() {
    for (String s : new String[] {
        "Cambodia's two-party opposition asked the bank on Monday to stop the loans.",
        "The mayor \u2014 who had been in office for a decade \u2014 resigned on Monday.",
        "Mr. Smith \u2014 the mayor \u2014 resigned.",
        "Washington \u2014 the capital \u2014 was quiet.",
        "Prices rose 5 - 6 percent last year, the bank said.",
        "BERLIN"}) {
      assertThat(Dateline.length(s)).as(s).isZero();
    }
  }

  private static String afterMarker(String sentence) {
    return sentence.substring(Dateline.markerLength(sentence, 0, sentence.length()));
  }

  @Test
  void bulletsAndALeftoverSourceAndDashOpenNoSentence() {
    assertThat(afterMarker("(AP) -- Gay college student Matthew Shepard was beaten to death."))
        .isEqualTo("Gay college student Matthew Shepard was beaten to death.");
    assertThat(afterMarker("-- Australian conservationists threatened to blockade the mine."))
        .isEqualTo("Australian conservationists threatened to blockade the mine.");
    assertThat(afterMarker("_ Oprah Winfrey took her show to the Bahamas for a week."))
        .isEqualTo("Oprah Winfrey took her show to the Bahamas for a week.");
    assertThat(afterMarker("-- -- at the museum store you can buy a set of tokens."))
        .isEqualTo("at the museum store you can buy a set of tokens.");
    assertThat(afterMarker("\u2022 Turnout was 61 percent."))
        .isEqualTo("Turnout was 61 percent.");
  }

  @Test
  void sentencesOpeningWithWordsQuotesNumbersOrAsidesKeepTheirStart() {
    for (String s : new String[] {
        "Prices rose 5 - 6 percent last year.",
        "(The figures were revised later.)",
        "(Laughter) The minister went on.",
        "-5 degrees was the low on Monday.",
        "\"We will win,\" she said.",
        "--"}) {
      assertThat(Dateline.markerLength(s, 0, s.length())).as(s).isZero();
    }
  }

  @Test
  void theMarkerIsMeasuredWithinTheSentencesBounds() {
    String text = "Intro line. _ Oprah Winfrey took her show to the Bahamas.";
    int start = text.indexOf('_');
    assertThat(Dateline.markerLength(text, start, text.length())).isEqualTo(2);
    assertThat(Dateline.markerLength(text, start, start + 2)).isZero(); // nothing follows within the bounds
  }
}
