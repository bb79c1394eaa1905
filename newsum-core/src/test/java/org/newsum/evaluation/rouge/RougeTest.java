package org.newsum.evaluation.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.newsum.NewsumException;

/** Tiny cases whose scores are worked out by hand in the comments. */
class RougeTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final RougeOptions PLAIN = RougeOptions.defaults();

  private static RougeScores score(RougeOptions options, List<String> peer, List<List<String>> refs) {
    return new Rouge(options, RougeData.none()).score(peer, refs);
  }

  private static void assertScore(RougeScore s, double r, double p) {
    assertThat(s.recall()).isCloseTo(r, EXACT);
    assertThat(s.precision()).isCloseTo(p, EXACT);
    assertThat(s.f()).isCloseTo(r + p == 0 ? 0 : 2 * p * r / (p + r), EXACT);
  }

  @Test
  void unigramsAndBigramsAreClippedCounts() {
    // unigrams: the x2, cat, on, mat shared -> 5 of 6; bigrams: the-cat, on-the, the-mat -> 3 of 5
    RougeScores s = score(PLAIN, List.of("The cat sat on the mat."), List.of(List.of("the cat was on the mat")));
    assertScore(s.get("rouge-1"), 5.0 / 6, 5.0 / 6);
    assertScore(s.get("rouge-2"), 3.0 / 5, 3.0 / 5);
    assertThat(s.byMetric().keySet()).containsExactly("rouge-1", "rouge-2", "rouge-l", "rouge-su4");
  }

  @Test
  void tokensAreAsciiAlphanumericRuns() {
    // "U.S.-led" -> u s led; "café" -> caf (é is not [a-z0-9]); "'s" -> s
    RougeScores s = score(PLAIN, List.of("U.S.-led café's"), List.of(List.of("u s led caf s")));
    assertScore(s.get("rouge-1"), 1.0, 1.0);
    assertScore(s.get("rouge-2"), 1.0, 1.0);
  }

  @Test
  void summaryLevelLcsIsTheUnionOverPeerSentences() {
    // Lin (2004): reference a b c d e; peer sentences a b f g h and a c h i e.
    // LCS with the first: a b; with the second: a c e; union a b c e = 4 hits.
    // R = 4/5, P = 4/10 (peer has 10 tokens).
    RougeScores s = score(PLAIN, List.of("aa bb ff gg hh", "aa cc hh ii ee"), List.of(List.of("aa bb cc dd ee")));
    assertScore(s.get("rouge-l"), 4.0 / 5, 4.0 / 10);
  }

  @Test
  void lcsHitsAreClippedByUnigramCounts() {
    // Reference "x x" against peer sentences "x" and "x y": each LCS marks a different reference x
    // (ROUGE-1.5.5's tie-breaking), the peer has two x -> 2 hits, R = 2/2, P = 2/3.
    // Reference "x x x" against peer "x": the union marks one x (LCS length 1) -> 1 hit, R = 1/3, P = 1.
    assertScore(score(PLAIN, List.of("x", "x y"), List.of(List.of("x x"))).get("rouge-l"), 2.0 / 2, 2.0 / 3);
    assertScore(score(PLAIN, List.of("x"), List.of(List.of("x x x"))).get("rouge-l"), 1.0 / 3, 1.0);
  }

  @Test
  void peerGramsInNoReferenceCountOnlyTowardsPrecision() {
    // Only the references' n-grams get ids; the peer's others must still count in |peer|.
    // peer "x a b y a b z": bigrams xa, ab, by, ya, ab, bz (6); reference "a b c a b": ab, bc, ca, ab (4).
    // ab twice in both -> 2 hits: R = 2/4, P = 2/6. Unigrams: a, b twice each in both -> 4 hits of 5 and 7.
    RougeScores s = score(PLAIN, List.of("x a b", "y a b z"), List.of(List.of("a b c a b")));
    assertScore(s.get("rouge-2"), 2.0 / 4, 2.0 / 6);
    assertScore(s.get("rouge-1"), 4.0 / 5, 4.0 / 7);
    // Skip-bigrams within 4 plus unigrams but the last: the reference has unigrams a b c a and pairs
    // ab ac aa ab bc ba bb ca cb ab (14 grams); the peer has unigrams x a b y a b and 5+5+4+3+2+1 = 20
    // pairs (26 grams). Clipped hits: unigrams a 2, b 1; pairs ab 3 (peer a1b2 a1b5 a4b5), aa 1,
    // ba 1, bb 1: 9, so R = 9/14, P = 9/26.
    assertScore(s.get("rouge-su4"), 9.0 / 14, 9.0 / 26);
  }

  @Test
  void skipBigramsLeaveOutTheLastUnigram() {
    // "a b c": unigrams a, b (not c) + skip bigrams ab, ac, bc = 5 grams.
    // "a c b": a, c + ac, ab, cb; shared with the peer: a, ab, ac -> 3 of 5.
    assertScore(score(PLAIN, List.of("a b c"), List.of(List.of("a b c"))).get("rouge-su4"), 1.0, 1.0);
    assertScore(score(PLAIN, List.of("a b c"), List.of(List.of("a c b"))).get("rouge-su4"), 3.0 / 5, 3.0 / 5);
  }

  @Test
  void skipDistanceLimitsThePairs() {
    // distance 0: "a b c" -> a, b, ab, bc; "a x c" -> a, x, ax, xc; shared: a -> 1 of 4.
    // any distance also counts ac: 5 grams, shared a, ac -> 2 of 5.
    RougeOptions su0 = PLAIN.withSkipDistance(0);
    assertScore(score(su0, List.of("a b c"), List.of(List.of("a x c"))).get("rouge-su0"), 1.0 / 4, 1.0 / 4);
    RougeOptions any = PLAIN.withSkipDistance(RougeOptions.SKIP_ANY);
    assertScore(score(any, List.of("a b c"), List.of(List.of("a x c"))).get("rouge-su*"), 2.0 / 5, 2.0 / 5);
  }

  @Test
  void wordLimitCutsPeerAndReferencesAtWhitespaceWords() {
    // -l 4: peer keeps "one two three" + "four"; the reference (3 words) is whole.
    // ROUGE-1: hit "four" -> R = 1/3, P = 1/4. Words count before punctuation is removed:
    // "a-b" is one word (two tokens).
    RougeOptions l4 = PLAIN.withWordLimit(4);
    RougeScores s = score(l4, List.of("one two three", "four five six"), List.of(List.of("four five six")));
    assertScore(s.get("rouge-1"), 1.0 / 3, 1.0 / 4);
    // -l 1: the peer keeps the word "aa-bb" (tokens aa, bb), the reference keeps "aa": R = 1/1, P = 1/2.
    RougeScores hyphen = score(PLAIN.withWordLimit(1), List.of("aa-bb cc"), List.of(List.of("aa bb cc")));
    assertScore(hyphen.get("rouge-1"), 1.0, 1.0 / 2);
  }

  @Test
  void byteLimitDoesNotCountTheSpacesBetweenSentences() {
    // -b 12: "abcd efgh" is 9 bytes (< 12, kept, 9 used), then 3 bytes of "ijkl" -> "ijk".
    // Peer tokens abcd efgh ijk; reference "ijkl ijk" (8 bytes, whole): hit ijk -> R = 1/2, P = 1/3.
    RougeScores s = score(PLAIN.withByteLimit(12), List.of("abcd efgh", "ijkl"), List.of(List.of("ijkl ijk")));
    assertScore(s.get("rouge-1"), 1.0 / 2, 1.0 / 3);
  }

  @Test
  void multipleReferencesArePooled() {
    // peer "a b"; refs "a c" (1 hit of 2) and "a b d" (2 hits of 3):
    // R = (1+2)/(2+3), P = (1+2)/(2 refs x 2 peer tokens).
    RougeScores s = score(PLAIN, List.of("a b"), List.of(List.of("a c"), List.of("a b d")));
    assertScore(s.get("rouge-1"), 3.0 / 5, 3.0 / 4);
  }

  @Test
  void stemmingUsesExceptionsBeforePorterForTokensLongerThanThree() {
    List<List<String>> ref = List.of(List.of("go cats"));
    RougeOptions m = PLAIN.withStem(true);
    RougeData exceptions = new RougeData(Map.of("went", "go"), null, null);
    // went -> go (exception), cats -> cat (Porter): both hit
    assertScore(new Rouge(m, exceptions).score(List.of("went cat"), ref).get("rouge-1"), 1.0, 1.0);
    // without exceptions, Porter leaves "went"; "cat" (3 chars) is not stemmed but "cats" is
    assertScore(new Rouge(m, RougeData.none()).score(List.of("went cat"), ref).get("rouge-1"), 0.5, 0.5);
    // without -m nothing is stemmed
    assertScore(score(PLAIN, List.of("went cats"), ref).get("rouge-1"), 0.5, 0.5);
  }

  @Test
  void stopWordsAreRemovedWithMinusS() {
    RougeData stop = new RougeData(null, Set.of("the", "of"), null);
    RougeScores s = new Rouge(PLAIN.withStopWordsRemoved(true), stop)
        .score(List.of("the end of it"), List.of(List.of("end it now")));
    assertScore(s.get("rouge-1"), 2.0 / 3, 2.0 / 2);
    assertThatThrownBy(() -> new Rouge(PLAIN.withStopWordsRemoved(true), RougeData.none()))
        .isInstanceOf(NewsumException.class).hasMessageContaining("smart_common_words");
  }

  @Test
  void emptyPeerScoresZero() {
    RougeScores s = score(PLAIN, List.of(), List.of(List.of("a b c")));
    s.byMetric().values().forEach(v -> assertScore(v, 0, 0));
  }

  @Test
  void corpusMeanIsThePlainMean() {
    RougeScores a = new RougeScores(Map.of("rouge-1", new RougeScore(0.2, 0.4, 0.3)));
    RougeScores b = new RougeScores(Map.of("rouge-1", new RougeScore(0.4, 0.2, 0.1)));
    RougeScore mean = RougeScores.mean(List.of(a, b)).get("rouge-1");
    assertThat(mean.recall()).isCloseTo(0.3, EXACT);
    assertThat(mean.precision()).isCloseTo(0.3, EXACT);
    assertThat(mean.f()).isCloseTo(0.2, EXACT);
  }
}
