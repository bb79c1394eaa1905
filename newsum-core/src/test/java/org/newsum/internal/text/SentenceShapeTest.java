package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceShapeTest {
  @Test
  void aSentenceThatClosesAQuotationItNeverOpenedContinuesAnother() {
    assertThat(SentenceShape.isContinuation("We are at a turning point on these issues,'' Ivers said.")).isTrue();
    assertThat(SentenceShape.isContinuation("We will shut down the use of steroids.\u201d")).isTrue();
  }

  @Test
  void balancedQuotationsAreWholeSentences() {
    assertThat(SentenceShape.isContinuation("``We will win,'' the coach said, ``and soon.''")).isFalse();
    assertThat(SentenceShape.isContinuation("\u201cWe will win,\u201d the coach said.")).isFalse();
    assertThat(SentenceShape.isContinuation("The coach said \u201cwe will win and then")).isFalse();
  }

  @Test
  void quotationMarksOfEveryStyleMarkAQuotation() {
    assertThat(SentenceShape.hasQuotation("``We will win,'' the coach said.")).isTrue();
    assertThat(SentenceShape.hasQuotation("\u201cWe will win,\u201d the coach said.")).isTrue();
    assertThat(SentenceShape.hasQuotation("\"We will win,\" the coach said.")).isTrue();
    assertThat(SentenceShape.hasQuotation("The coach's team won the league's final on Monday.")).isFalse();
  }

  @Test
  void aLowerCaseOpeningContinuesASentenceWhenTheTextUsesCapitals() {
    assertThat(SentenceShape.isContinuation("capital punishment in Texas is under scrutiny, says The Times.")).isTrue();
    assertThat(SentenceShape.isContinuation("\u201cand then it rained on Monday.")).isTrue();
  }

  @Test
  void namesWithInnerCapitalsAndAllLowerCaseTextAreNotContinuations() {
    assertThat(SentenceShape.isContinuation("iPhone sales rose in China last year.")).isFalse();
    assertThat(SentenceShape.isContinuation("eBay said on Monday that it would cut jobs.")).isFalse();
    assertThat(SentenceShape.isContinuation("the storm hit the coast on monday and moved north.")).isFalse();
    assertThat(SentenceShape.isContinuation("The storm hit the coast on Monday.")).isFalse();
    assertThat(SentenceShape.isContinuation("<div><p>City officials approved the budget on Monday.")).isFalse();
  }
}
