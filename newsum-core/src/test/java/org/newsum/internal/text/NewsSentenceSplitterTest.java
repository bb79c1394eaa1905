package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Span;

class NewsSentenceSplitterTest {
  private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void keepsPoliticalAbbreviationsAndTitlesInsideTheSentence() {
    // From the seeds (Washington Post via NewsCred).
    String text = "“The return of these two facilities would embolden President Vladimir Putin,” Sens. Jeanne "
        + "Shaheen (D-N.H.), Marco Rubio (R-Fla.) and Johnny Isakson (R-Ga.), all members of the Senate Foreign "
        + "Relations Committee, wrote in a letter to Trump on Thursday. Peskov declined to comment.";
    assertThat(split(text)).hasSize(2).last().isEqualTo("Peskov declined to comment.");
  }

  @Test
  void aPennTreebankOpeningQuoteStartsASentence() {
    // DUC and other LDC news text write quotations ``like this''.
    String text = "The mayor spoke to the council. ``We will rebuild every bridge,'' she said.";
    assertThat(split(text)).containsExactly("The mayor spoke to the council.", "``We will rebuild every bridge,'' she said.");
  }

  @Test
  void dottedAbbreviationBeforeLowerCaseOrNameDoesNotSplit() {
    String text = "Trump questioned U.S. intelligence agencies. The U.S. President Donald Trump met Putin.";
    assertThat(split(text)).containsExactly(
        "Trump questioned U.S. intelligence agencies.", "The U.S. President Donald Trump met Putin.");
  }

  @Test
  void dottedAbbreviationBeforeSentenceOpenerSplits() {
    String text = "The deal was welcomed in the U.S. The Kremlin was cautious.";
    assertThat(split(text)).containsExactly("The deal was welcomed in the U.S.", "The Kremlin was cautious.");
  }

  @Test
  void handlesTitlesMonthsInitialsTimesAndDecimals() {
    String text = "Gov. Smith arrived on Jan. 5 at 9 a.m. He spoke with Dr. J. R. Miller about the 3.5 percent rise. "
        + "It ended at 5 p.m. Friday.";
    assertThat(split(text)).containsExactly(
        "Gov. Smith arrived on Jan. 5 at 9 a.m.",
        "He spoke with Dr. J. R. Miller about the 3.5 percent rise.",
        "It ended at 5 p.m. Friday.");
  }

  @Test
  void closingQuotesAndBracketsStayWithTheirSentence() {
    String text = "“Let’s wait for the results of the meeting,” Peskov said. “Let’s not get ahead of ourselves.” "
        + "(The talks lasted two hours.) Then they left!";
    assertThat(split(text)).containsExactly(
        "“Let’s wait for the results of the meeting,” Peskov said.",
        "“Let’s not get ahead of ourselves.”",
        "(The talks lasted two hours.)",
        "Then they left!");
  }

  @Test
  void ellipsisFollowedByCapitalEndsASentence() {
    assertThat(split("They waited... Nothing happened. Then… A handshake."))
        .containsExactly("They waited...", "Nothing happened.", "Then…", "A handshake.");
  }

  @Test
  void headlineLinesWithoutPunctuationAreSentencesOfTheirOwn() {
    String text = "G20 Talks Between Trump and Putin could be of Paramount Importance\n\n"
        + "Background of the Talks\n"
        + "Part of the blame for this can be attributed to the pressure exerted on Trump.";
    assertThat(split(text)).containsExactly(
        "G20 Talks Between Trump and Putin could be of Paramount Importance",
        "Background of the Talks",
        "Part of the blame for this can be attributed to the pressure exerted on Trump.");
  }

  @Test
  void hardWrappedProseIsJoinedAcrossLineBreaks() {
    String text = "WASHINGTON (AP) - The president met his Russian counterpart on Friday\n"
        + "in Hamburg, where the two leaders discussed Syria, Ukraine and the\n"
        + "election hacking allegations for more than two hours. Officials said\n"
        + "the meeting went better than expected by both delegations present.\n";
    List<String> sentences = split(text);
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0)).startsWith("WASHINGTON").endsWith("two hours.");
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "  First sentence here.   Second one follows.\n";
    List<Span> spans = splitter.split(text);
    assertThat(spans).containsExactly(new Span(2, 22), new Span(25, 44));
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split(" \n\n \t")).isEmpty();
  }
}
