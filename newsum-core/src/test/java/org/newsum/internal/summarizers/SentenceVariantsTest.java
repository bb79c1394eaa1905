package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.newsum.model.Span;

class SentenceVariantsTest {
  private static final int ALL = 5;

  /** The texts of the forms of {@code sentence} at {@code level}. */
  private static List<String> forms(String sentence, int level) {
    return SentenceVariants.of(sentence, level).stream().map(kept -> SentenceVariants.text(sentence, kept)).toList();
  }

  @Test
  void everyMatchOfAKindOfCutHoldsOneOfTheMarksThatLetASentenceSkipIt() {
    List<String> sentences = List.of("Shares of Apple (AAPL) rose 3 percent in early trading.",
        "The court [of appeals] upheld the ruling on the merger.", "Smith, who is 45, said the company would cut jobs.",
        "Jones, a spokesman for the firm, declined to comment on the deal.",
        "On Monday, the court ruled against the government.", "In Washington, lawmakers passed the budget late at night.",
        "The union rejected the offer, saying it did not protect pensions.", "The talks had failed, officials said on Friday.",
        "A bulldozer entered the lease late Monday and began clearing the site.");
    for (int kind = 0; kind < SentenceVariants.CUTS.size(); kind++) {
      String marks = SentenceVariants.MARKS.get(kind);
      int matches = 0;
      for (String sentence : sentences) {
        Matcher m = SentenceVariants.CUTS.get(kind).matcher(sentence);
        while (m.find()) {
          matches++;
          assertThat(m.group().chars().anyMatch(c -> marks.indexOf(c) >= 0)).as("kind %d in %s", kind, sentence).isTrue();
        }
      }
      assertThat(matches).as("kind %d", kind).isPositive();
    }
    // Without a mark of the kinds the level lets in, nothing is cut (here: no bracket at level 1).
    assertThat(forms("Shares of Apple, the maker of the iPhone, rose on Monday.", 1)).isEmpty();
  }

  @Test
  void cutsAParentheticalOrBracketedAside() {
    assertThat(forms("Shares of Apple (AAPL) rose 3 percent in early trading.", 1))
        .containsExactly("Shares of Apple rose 3 percent in early trading.");
    assertThat(forms("The court [of appeals] upheld the ruling on the merger.", 1))
        .containsExactly("The court upheld the ruling on the merger.");
  }

  @Test
  void cutsAClauseOrAppositiveBetweenCommasBeforeTheVerb() {
    assertThat(forms("Smith, who is 45, said the company would cut jobs.", 2))
        .containsExactly("Smith said the company would cut jobs.");
    assertThat(forms("Jones, a spokesman for the firm, declined to comment on the deal.", 2))
        .containsExactly("Jones declined to comment on the deal.");
    // Not a name before the comma, or no verb after: a list, not an aside.
    assertThat(forms("They bought apples, the ripest they found, and pears.", 2)).isEmpty();
  }

  @Test
  void cutsALeadingTimeOrPlacePhraseAndCapitalizes() {
    assertThat(forms("On Monday, the court ruled against the government.", 3))
        .containsExactly("The court ruled against the government.");
    assertThat(forms("In Washington, lawmakers passed the budget late at night.", 3))
        .containsExactly("Lawmakers passed the budget late at night.");
  }

  @Test
  void cutsATrailingParticipialClauseKeepingTheFullStop() {
    assertThat(forms("The union rejected the offer, saying it did not protect pensions.", 4))
        .containsExactly("The union rejected the offer.");
  }

  @Test
  void cutsAWeekdayPhraseButKeepsTheAttribution() {
    assertThat(forms("The talks had failed, officials said on Friday.", 5)).containsExactly("The talks had failed, officials said.");
    // "late Monday" goes whole, never leaving "late" behind.
    assertThat(forms("A bulldozer entered the lease late Monday and began clearing the site.", 5))
        .containsExactly("A bulldozer entered the lease and began clearing the site.");
    // A weekday that dates something else stays.
    assertThat(forms("The vote is set for Tuesday, March 3, in the capital.", 5)).isEmpty();
  }

  @Test
  void theLevelLetsKindsOfCutInInOrder() {
    String sentence = "On Monday, Apple (AAPL) said sales rose, citing strong demand.";
    assertThat(forms(sentence, 0)).isEmpty();
    assertThat(forms(sentence, 1)).containsExactly("On Monday, Apple said sales rose, citing strong demand.");
    assertThat(forms(sentence, 4)).first().isEqualTo("Apple said sales rose.");
    assertThat(forms(sentence, 4)).contains("Apple (AAPL) said sales rose, citing strong demand.",
        "On Monday, Apple (AAPL) said sales rose.");
  }

  @Test
  void keepsOnlyWellFormedForms() {
    // Cutting the clause would leave the quotation open.
    assertThat(forms("The minister resigned, saying \"I have no choice.\"", ALL)).isEmpty();
    // Nothing to end the sentence with.
    assertThat(forms("Prices (in dollars) rose sharply", ALL)).isEmpty();
    // An aside that opens the sentence is the sentence.
    assertThat(forms("(AP) Prices rose sharply in the city.", ALL)).isEmpty();
    assertThat(SentenceVariants.wellFormed("prices rose.")).isFalse();
    assertThat(SentenceVariants.wellFormed("Prices rose, .")).isFalse();
    assertThat(SentenceVariants.wellFormed("Prices (in dollars rose.")).isFalse();
    assertThat(SentenceVariants.wellFormed("Prices rose.")).isTrue();
  }

  @Test
  void formsKeepPartsOfTheSentenceInOrder() {
    String sentence = "Smith, who is 45, said the firm (founded in 1990) would close, citing losses.";
    for (List<Span> kept : SentenceVariants.of(sentence, ALL)) {
      for (int k = 0; k < kept.size(); k++) {
        assertThat(kept.get(k).start()).isGreaterThanOrEqualTo(k == 0 ? 0 : kept.get(k - 1).end());
        assertThat(kept.get(k).end()).isLessThanOrEqualTo(sentence.length());
      }
    }
    assertThat(forms(sentence, ALL)).hasSizeGreaterThan(2).doesNotHaveDuplicates().allSatisfy(
        form -> assertThat(form.length()).isLessThan(sentence.length()));
  }

  @Test
  void hostileTextGivesNoFormOrAWellFormedOne() {
    StringBuilder nested = new StringBuilder("A");
    for (int k = 0; k < 2000; k++) {
      nested.append(k % 2 == 0 ? " (x" : ", who y,");
    }
    nested.append(").");
    assertThat(forms(nested.toString(), ALL)).allSatisfy(f -> assertThat(SentenceVariants.wellFormed(f)).isTrue());
    assertThat(forms("", ALL)).isEmpty();
    assertThat(forms(".", ALL)).isEmpty();
    assertThat(forms(", saying.", ALL)).isEmpty();
  }
}
