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
}
