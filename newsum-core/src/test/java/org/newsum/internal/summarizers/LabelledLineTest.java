package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelledLineTest {
  @Test
  void aShortLabelBeforeAColonMarksTheLine() {
    assertThat(LabelledLine.isLabelled("Q: How much personal danger do you feel?", false)).isTrue();
    assertThat(LabelledLine.isLabelled("SUU KYI: Yes, my mind has not changed in any way.", false)).isTrue();
    assertThat(LabelledLine.isLabelled("Serious question after the meeting: if trump to blame Putin.", false)).isTrue();
    assertThat(LabelledLine.isLabelled("Frage nach dem Treffen: ob Trump Putin die Schuld gibt.", false)).isTrue();
    assertThat(LabelledLine.isLabelled("Dr. J. Smith: the tests came back clean.", false)).isTrue();
  }

  @Test
  void timesAddressesQuotationsAndLongLeadInsAreNoLabel() {
    assertThat(LabelledLine.isLabelled("Joplin died at 4:30 p.m. on Sunday, the coroner said.", false)).isFalse();
    assertThat(LabelledLine.isLabelled("The report is at http://example.org today.", false)).isFalse();
    assertThat(LabelledLine.isLabelled("\u201cWe will win: no doubt about it,\u201d he said.", false)).isFalse();
    assertThat(LabelledLine.isLabelled("The mayor of the coastal town told reporters on Monday: the storm was the worst.", false))
        .isFalse();
    assertThat(LabelledLine.isLabelled("The storm flooded the coastal town of Marlow.", false)).isFalse();
    assertThat(LabelledLine.isLabelled("Among the items found there were the following:", false)).isFalse();
    assertThat(LabelledLine.isLabelled(": nothing before the colon.", false)).isFalse();
  }

  @Test
  void aPlaceInCapitalsBeforeTheColonOfADocumentsFirstSentenceIsADateline() {
    String lead = "ISLAMABAD: The Supreme Court on Monday suspended the order.";
    assertThat(LabelledLine.isLabelled(lead, true)).isFalse();
    assertThat(LabelledLine.isLabelled(lead, false)).isTrue();
    assertThat(LabelledLine.isLabelled("NEW DELHI: India and Pakistan agreed to talk.", true)).isFalse();
    assertThat(LabelledLine.isLabelled("Breaking news: India and Pakistan agreed to talk.", true)).isTrue();
    assertThat(LabelledLine.isLabelled("THE TALKS IN THE CAPITAL: India and Pakistan agreed to talk.", true)).isTrue();
  }

  @Test
  void aLabelOfExactlyTheMostWordsCountsAndOneMoreDoesNot() {
    String six = "one two three four five six";
    assertThat(six.split(" ")).hasSize(LabelledLine.MAX_LABEL_WORDS);
    assertThat(LabelledLine.isLabelled(six + ": the rest of the line.", false)).isTrue();
    assertThat(LabelledLine.isLabelled(six + " seven: the rest of the line.", false)).isFalse();
  }
}
