package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.newsum.internal.text.LanguageAnalysis;

class QuotedTermsTest {
  private static final Predicate<String> ENGLISH = LanguageAnalysis.of("en")::isStopWord;

  @Test
  void quotationMarksAroundTermsWithoutFunctionWordsSetOffTerms() {
    assertThat(QuotedTerms.only("A judge barred a ``gay panic'' defense in the murder trial.", ENGLISH)).isTrue();
    assertThat(QuotedTerms.only("UNESCO expressed \u201cgrave concerns\u201d about the mine.", ENGLISH)).isTrue();
    assertThat(QuotedTerms.only("He called the plan \"reckless\" and the budget \"fictional\".", ENGLISH)).isTrue();
  }

  @Test
  void aQuotationWithAFunctionWordIsSpeech() {
    assertThat(QuotedTerms.only("The filing called it ``a cosmetic remedy'' of no worth.", ENGLISH)).isFalse();
    assertThat(QuotedTerms.only("``We will appeal,'' the company said.", ENGLISH)).isFalse();
    // one quoted term does not make the speech beside it a term
    assertThat(QuotedTerms.only("A ``historic'' deal, \"we have waited for it,\" she said.", ENGLISH)).isFalse();
  }

  @Test
  void aMarkWithoutItsPartnerIsAQuotationRunningOnAndNoQuotationIsNoTerm() {
    assertThat(QuotedTerms.only("``Prices rise, the minister said.", ENGLISH)).isFalse();
    assertThat(QuotedTerms.only("Prices rise,'' the minister said.", ENGLISH)).isFalse();
    assertThat(QuotedTerms.only("Prices rose ``sharply'' and \u201cfast.", ENGLISH)).isFalse();
    assertThat(QuotedTerms.only("Prices rose sharply.", ENGLISH)).isFalse();
  }
}
