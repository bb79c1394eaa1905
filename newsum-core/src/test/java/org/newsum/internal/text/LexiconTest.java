package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsum.model.Characters;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Span;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;
import org.newsum.text.SentenceSplitter;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.forThisThread();

  private List<String> words(String text) {
    return Arrays.stream(lexicon.tokenize(text)).mapToObj(lexicon::word).toList();
  }

  @Test
  void splitsLowerCasesAndDropsPossessives() {
    assertThat(words("The Mayor's U.S.-backed plan, don\u2019t you think? 3rd  time"))
        .containsExactly("the", "mayor", "u", "s", "backed", "plan", "don't", "you", "think", "3rd", "time");
  }

  @Test
  void givesEachChineseOrJapaneseCharacterItsOwnWord() {
    assertThat(words("東京タワabc")).containsExactly("東", "京", "タ", "ワ", "abc");
  }

  @Test
  void sharesStemsAndKnowsStopWords() {
    int[] ids = lexicon.tokenize("Schools school the");
    assertThat(lexicon.stemOf(ids[0])).isEqualTo(lexicon.stemOf(ids[1]));
    assertThat(lexicon.stem(lexicon.stemOf(ids[0]))).isEqualTo("school");
    assertThat(lexicon.isStopWord(ids[2])).isTrue();
    assertThat(lexicon.isStopWord(ids[0])).isFalse();
    assertThat(lexicon.hasLetter(lexicon.tokenize("1999")[0])).isFalse();
  }

  /**
   * Each word is stored once, as a record of its own (its characters two to a slot), and found
   * again by its characters: random words of odd and even length, with characters whose high bit
   * is set, through several growths of the table, keep their ids and forms, and a token carries its
   * word's stem and flags (stop words and words without letters among them).
   */
  @Test
  void findsEveryWordAgainByItsCharacters() {
    Random random = new Random(7);
    char[] alphabet = {'a', 'z', '0', '9', '\u00e9', '\u0431', '\u05d0', '\u0e01', '\ua4d0', '\uabc0', '\ud7a3', '\uff41'};
    String[] common = {"the", "and", "of", "1984", "said", "42"};
    List<String> forms = new ArrayList<>();
    for (int n = 0; n < 5000; n++) {
      if (n % 10 == 0) {
        forms.add(common[random.nextInt(common.length)]);
        continue;
      }
      StringBuilder word = new StringBuilder();
      for (int k = 1 + random.nextInt(9); k > 0; k--) {
        word.append(alphabet[random.nextInt(alphabet.length)]);
      }
      forms.add(word.toString().toLowerCase(Locale.ROOT));
    }
    String text = String.join(" ", forms);
    TextTokens first = new TextTokens();
    lexicon.tokenize(text, 0, text.length(), first);
    int[] again = lexicon.tokenize(text);
    assertThat(first.size()).isEqualTo(forms.size());
    for (int k = 0; k < forms.size(); k++) {
      assertThat(lexicon.word(first.word(k))).isEqualTo(forms.get(k));
      assertThat(again[k]).isEqualTo(first.word(k));
      assertThat(first.stem(k)).isEqualTo(lexicon.stemOf(first.word(k)));
      assertThat(first.isStopWord(k)).isEqualTo(lexicon.isStopWord(first.word(k)));
      assertThat(first.hasLetter(k)).isEqualTo(lexicon.hasLetter(first.word(k)));
      assertThat(first.word(k) == first.word(forms.indexOf(forms.get(k)))).isTrue();
    }
  }

  @Test
  void aRegionTokenizesLikeTheSubstring() {
    String text = "rock'n'roll O'Neill's \u0130stanbul \u0130I \u03a3\u039f\u03a3 stra\u00dfe";
    for (int start = 0; start < text.length(); start++) {
      for (int end = start; end <= text.length(); end++) {
        IntList region = new IntList();
        lexicon.tokenize(text, start, end, region);
        assertThat(region.toArray()).isEqualTo(lexicon.tokenize(text.substring(start, end)));
      }
    }
  }

  /**
   * Counting words from the tokens (reading only the text between ASCII tokens) gives {@link
   * Characters#countWords} of every region of random hostile text: separators of every kind, CJK
   * characters and punctuation, letters inside the CJK punctuation block (U+3005), apostrophes,
   * possessives, non-ASCII letters whose lower case differs in length.
   */
  @Test
  void tokensCountWordsAsTheCharactersDo() {
    String[] pieces = {"a", "Bc", "x's", "don\u2019t", "'", "\u2019", " ", "  ", "\u00a0", "\u2007", "\n", "\t", "\u0085",
        "\u3001", "\u3002", "\u3005", "\uff01", "\uff21", "\u6771", "\u30bf", ".", "-", "--", "3", "\u0130", "\u00df",
        "\u212a", "\u03a3", "\u001c", "(", "\"", "\ud83d\ude00"};
    Random random = new Random(13);
    for (int trial = 0; trial < 2000; trial++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      TextTokens tokens = new TextTokens();
      lexicon.tokenize(text, 0, text.length(), tokens);
      for (int start = 0; start <= text.length(); start++) {
        for (int end = start; end <= text.length(); end++) {
          int from = tokens.firstAtOrAfter(start);
          int to = from;
          while (to < tokens.size() && tokens.end(to) <= end) {
            to++;
          }
          boolean within = (from == 0 || tokens.end(from - 1) <= start) && (to == tokens.size() || tokens.start(to) >= end);
          if (within) {
            assertThat(tokens.countWords(text, start, end, from, to)).as("%s [%d, %d)", text, start, end)
                .isEqualTo(Characters.countWords(text.substring(start, end)));
          }
        }
      }
    }
  }

  @Test
  void analysisTakesItsWordsFromRememberedTokens() {
    String text = "Alpha beta gamma.";
    int[] ids = lexicon.tokenize("delta epsilon");
    TextTokens remembered = new TextTokens();
    remembered.add(ids[0], lexicon.info(ids[0]), 0, 5, true);
    remembered.add(ids[1], lexicon.info(ids[1]), 6, 10, true);
    lexicon.rememberTokens(text, remembered);
    AnalyzedCluster read = ClusterAnalyzer.standard().analyze(Cluster.of("c", List.of(Document.of("d", text))));
    AnalyzedCluster again = ClusterAnalyzer.standard().analyze(Cluster.of("c", List.of(Document.of("d", text))));

    assertThat(Arrays.stream(read.terms(0)).mapToObj(read.vocabulary()::stem)).containsExactly("delta", "epsilon");
    assertThat(Arrays.stream(again.terms(0)).mapToObj(again.vocabulary()::stem))
        .containsExactly("alpha", "beta", "gamma"); // taken once, then forgotten
  }

  /**
   * Sentences given out of text order (a splitter may: only the standard one goes in order) take
   * the same words and word counts from remembered tokens as from tokenizing each sentence: the
   * search for a sentence's first token goes on from the last sentence's only when that is behind it.
   */
  @Test
  void sentencesOutOfOrderTakeTheSameWordsFromRememberedTokens() {
    String text = "Alpha beta's gamma. Delta’s epsilon zeta! Eta theta? Iota kappa lambda. Mu nu.";
    SentenceSplitter reversed = t -> {
      List<Span> spans = new ArrayList<>(new NewsSentenceSplitter().split(t));
      Collections.reverse(spans);
      return spans;
    };
    ClusterAnalyzer analyzer = new ClusterAnalyzer(reversed);
    Cluster cluster = Cluster.of("c", List.of(Document.of("d", text)));
    AnalyzedCluster tokenized = analyzer.analyze(cluster);
    TextTokens remembered = new TextTokens();
    lexicon.tokenize(text, 0, text.length(), remembered);
    lexicon.rememberTokens(text, remembered);
    AnalyzedCluster read = analyzer.analyze(cluster);

    assertThat(read.size()).isEqualTo(5).isEqualTo(tokenized.size());
    for (int i = 0; i < read.size(); i++) {
      assertThat(Arrays.stream(read.terms(i)).mapToObj(read.vocabulary()::stem))
          .containsExactlyElementsOf(Arrays.stream(tokenized.terms(i)).mapToObj(tokenized.vocabulary()::stem).toList());
      assertThat(read.wordCount(i)).isEqualTo(tokenized.wordCount(i));
    }
  }

  /** A word read on the ASCII path (hashed while scanned) and on the other path (hashed after lower-casing) is one word. */
  @Test
  void oneIdWhicheverPathReadsTheWord() {
    int[] ids = Lexicon.forThisThread().tokenize("mayor Mayor\u2019s MAYOR's mayor\u2019S ab\u00e9 AB\u00c9's");
    assertThat(ids).hasSize(6);
    assertThat(ids[1]).isEqualTo(ids[0]);
    assertThat(ids[2]).isEqualTo(ids[0]);
    assertThat(ids[3]).isEqualTo(ids[0]);
    assertThat(ids[5]).isEqualTo(ids[4]).isNotEqualTo(ids[0]);
  }

  /** Against a plain reading of the rules with {@link String#toLowerCase}, on random text. */
  @Test
  void agreesWithTheRulesOnRandomText() {
    String alphabet = "aZ9 '\u2019s-.\u0130\u00c9\u00df\u03a3\u6771\u30bf\u00a0";
    Random random = new Random(13);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(words(text.toString())).as(text.toString()).isEqualTo(reference(text.toString()));
    }
  }

  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
      } else if (Characters.isCjkCharacter(c)) {
        out.add(String.valueOf(c));
        i++;
      } else {
        int s = i;
        while (i < n && !Characters.isCjkCharacter(text.charAt(i)) && (Character.isLetterOrDigit(text.charAt(i))
            || (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && i + 1 < n
            && Character.isLetter(text.charAt(i + 1)))) {
          i++;
        }
        String word = text.substring(s, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (word.endsWith("'s")) {
          word = word.substring(0, word.length() - 2);
        }
        if (!word.isEmpty()) {
          out.add(word);
        }
      }
    }
    return out;
  }

  @Test
  void chineseJapaneseAndKoreanAreSegmentedIntoWords() {
    assertThat(segment("zh", "北京市政府今天发布了暴雨预警")).containsExactly("北京市", "政府", "今天", "发布", "了", "暴雨", "预警");
    assertThat(segment("ja", "東京都は大雨の警報を出した")).contains("東京", "大雨", "警報").doesNotContain("は", "の", "を");
    assertThat(segment("ko", "서울시는 폭우 경보를 발령했다")).contains("서울", "폭우", "경보").doesNotContain("를");
  }

  @Test
  void aSpacedLanguageHasNoSegmenter() {
    IntList out = new IntList();
    assertThat(Lexicon.forThisThread("de").segment("Der Sturm traf die Küste.", 0, 25, out)).isFalse();
    assertThat(out.size()).isZero();
  }

  private static java.util.List<String> segment(String language, String text) {
    Lexicon lexicon = Lexicon.forThisThread(language);
    IntList out = new IntList();
    assertThat(lexicon.segment(text, 0, text.length(), out)).isTrue();
    java.util.List<String> words = new java.util.ArrayList<>();
    for (int k = 0; k < out.size(); k++) {
      words.add(lexicon.word(out.get(k)));
    }
    return words;
  }

  @Test
  void asciiShortcutAgreesWithTheUnicodeTablesOnEveryChar() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Lexicon.isLetterOrDigit(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetterOrDigit(c));
    }
  }
}
