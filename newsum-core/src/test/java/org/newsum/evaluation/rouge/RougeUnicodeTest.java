package org.newsum.evaluation.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.evaluation.rouge.RougeOptions.Tokenize;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;

/** rouge.py's {@code --tokenize unicode}: tokens, sentences and scores worked out by hand. */
class RougeUnicodeTest {
  private static final RougeOptions UNICODE = RougeOptions.defaults().withTokenize(Tokenize.UNICODE);

  @Test
  void tokensAreCaseFoldedLetterAndDigitRunsWithOneTokenPerCjkCharacter() {
    assertThat(RougeUnicode.tokens("L'Été à Paris, 2014 : iPhone")).containsExactly("l", "été", "à", "paris", "2014", "iphone");
    assertThat(RougeUnicode.tokens("北京2014年iPhone发布。")).containsExactly("北", "京", "2014", "年", "iphone", "发", "布");
    assertThat(RougeUnicode.tokens("서울 ソウル")).containsExactly("서", "울", "ソ", "ウ", "ル");
    // full case folding, as Python's casefold(): ß is ss, a final Σ is σ (not ς)
    assertThat(RougeUnicode.tokens("STRASSE Straße ΣΟΦΟΣ")).containsExactly("strasse", "strasse", "σοφοσ");
  }

  @Test
  void combiningMarksStayInTheTokenAndAreComposed() {
    // e + U+0301 composes to é (NFC); a mark after a CJK character joins that character's token
    assertThat(RougeUnicode.tokens("Cafe\u0301 de\u0301ja\u0300")).containsExactly("café", "déjà");
    assertThat(RougeUnicode.tokens("中\u0301 x")).containsExactly("中\u0301", "x");
    assertThat(RougeUnicode.tokens("\u0301x")).containsExactly("x");
  }

  @Test
  void rouge155TokensDropEveryNonAsciiLetterWhereUnicodeKeepsThem() {
    List<List<String>> ref = List.of(List.of("L'été à Paris"));
    List<String> peer = List.of("L'ete a Paris");
    RougeScores ascii = new Rouge(RougeOptions.defaults(), RougeData.none()).score(peer, ref);
    RougeScores unicode = new Rouge(UNICODE, RougeData.none()).score(peer, ref);
    // rouge155: ref l t paris, peer l ete a paris -> 2 of 3 reference tokens
    assertThat(ascii.get("rouge-1").recall()).isCloseTo(2.0 / 3, within(1e-12));
    // unicode: ref l été à paris, peer l ete a paris -> 2 of 4
    assertThat(unicode.get("rouge-1").recall()).isCloseTo(2.0 / 4, within(1e-12));
  }

  @Test
  void chineseIsScoredCharacterByCharacter() {
    RougeScores s = new Rouge(UNICODE, RougeData.none()).score(List.of("北京下雪"), List.of(List.of("北京下雨")));
    assertThat(s.get("rouge-1").recall()).isCloseTo(3.0 / 4, within(1e-12));
    assertThat(s.get("rouge-2").recall()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void wordLimitCountsTokens() {
    // -l 3 keeps 北 京 下 of the peer: P = 3/3 against 北京下雨
    RougeScores s = new Rouge(UNICODE.withWordLimit(3), RougeData.none()).score(List.of("北京下雪"), List.of(List.of("北京下雨")));
    assertThat(s.get("rouge-1").precision()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void byteLimitDropsACharacterCutInHalf() {
    // 北京 is 6 UTF-8 bytes; -b 5 keeps 北 and half of 京, which is dropped
    RougeScores s = new Rouge(UNICODE.withByteLimit(5), RougeData.none()).score(List.of("北京"), List.of(List.of("北京")));
    assertThat(s.get("rouge-1").precision()).isCloseTo(1.0, within(1e-12));
    assertThat(s.get("rouge-1").recall()).isCloseTo(1.0, within(1e-12));
    assertThat(new Rouge(UNICODE.withByteLimit(3), RougeData.none()).score(List.of("京北"), List.of(List.of("北京")))
        .get("rouge-1").f()).isZero();
  }

  @Test
  void sentencesEndAtFullWidthStopsAndBeforeAnyUpperCaseLetter() {
    assertThat(RougeSentences.split("他来了。她走了！好 吗？", SplitMode.AUTO, Tokenize.UNICODE))
        .containsExactly("他来了。", "她走了！", "好 吗？");
    assertThat(RougeSentences.split("Il pleut. Élodie part. « Ça va ? » Non. M. Dupont reste.", SplitMode.AUTO,
        Tokenize.UNICODE)).containsExactly("Il pleut.", "Élodie part.", "« Ça va ? » Non.", "M. Dupont reste.");
    assertThat(RougeSentences.split("Снег идёт. Москва стоит.", SplitMode.AUTO, Tokenize.UNICODE))
        .containsExactly("Снег идёт.", "Москва стоит.");
    // the default splitter needs A-Z after the stop
    assertThat(RougeSentences.split("Снег идёт. Москва стоит.", SplitMode.AUTO)).containsExactly("Снег идёт. Москва стоит.");
  }

  @Test
  void unicodeDropsStemmingAndStopWordsAndSaysSoInItsFlags() {
    RougeOptions options = RougeOptions.duc2004().withTokenize(Tokenize.UNICODE);
    assertThat(options.stems()).isFalse();
    assertThat(options.toFlags()).isEqualTo("-n 4 --su 4 -l 100 --tokenize unicode");
    assertThat(Tokenize.byFlag(" Unicode ")).isEqualTo(Tokenize.UNICODE);
  }
}
