package org.newsum.internal.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemmer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizer;
import org.apache.lucene.analysis.fa.PersianStemmer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.HindiStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IndonesianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PorterStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * How the words of one language are analysed: their stem (a Snowball stemmer from Lucene; for
 * Czech, Persian, Polish and Ukrainian, which Snowball lacks, Lucene's own stemmers) and
 * whether they are stop words (Lucene's list for the language; newsum's own for English). French,
 * Italian and Catalan elided articles ({@code l'}, {@code d'}, {@code qu'}) are dropped before
 * stemming. Chinese, Japanese and Korean, written without spaces between words (or, in Korean, with
 * particles glued to them), are cut into words by Lucene's segmenters ({@link #segmenter()}:
 * smartcn, kuromoji, nori), whose dictionaries load the first time a cluster in the language is
 * analysed; budgets and ROUGE still count their characters. A language with neither stemmer nor
 * stop list is analysed language-neutrally: no stemming, no stop words, and a warning once per run.
 * English is the analysis newsum always had.
 * One instance per {@link Lexicon}: a stemmer is not thread-safe.
 */
public final class LanguageAnalysis {
  /** Languages read one character at a time, for which neutral analysis is the right one. */
  private static final Set<String> CHARACTER_LANGUAGES = Set.of("zh", "ja");
  /** Languages with a word segmenter ({@link #segmenter()}). */
  private static final Set<String> SEGMENTED = Set.of("zh", "ja", "ko");
  private static final Set<String> ELIDING = Set.of("fr", "it", "ca");
  /** Stemmers (lower-case word to stem): Snowball where it has the language, else Lucene's own. */
  private static final Map<String, Supplier<UnaryOperator<String>>> STEMMERS = Map.ofEntries(
      snowball("en", PorterStemmer::new), snowball("de", GermanStemmer::new), snowball("fr", FrenchStemmer::new),
      snowball("es", SpanishStemmer::new), snowball("it", ItalianStemmer::new),
      snowball("pt", PortugueseStemmer::new), snowball("nl", DutchStemmer::new), snowball("sv", SwedishStemmer::new),
      snowball("da", DanishStemmer::new), snowball("no", NorwegianStemmer::new), snowball("nb", NorwegianStemmer::new),
      snowball("fi", FinnishStemmer::new), snowball("ru", RussianStemmer::new), snowball("tr", TurkishStemmer::new),
      snowball("ar", ArabicStemmer::new), snowball("hi", HindiStemmer::new), snowball("id", IndonesianStemmer::new),
      snowball("el", GreekStemmer::new), snowball("hu", HungarianStemmer::new), snowball("ro", RomanianStemmer::new),
      snowball("ca", CatalanStemmer::new),
      Map.entry("cs", LuceneStemmers::czech), Map.entry("fa", LuceneStemmers::persian),
      Map.entry("pl", LuceneStemmers::polish), Map.entry("uk", LuceneStemmers::ukrainian));
  private static final Map<String, Supplier<CharArraySet>> STOP_WORDS = Map.ofEntries(
      Map.entry("de", GermanAnalyzer::getDefaultStopSet), Map.entry("fr", FrenchAnalyzer::getDefaultStopSet),
      Map.entry("es", SpanishAnalyzer::getDefaultStopSet), Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
      Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet), Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
      Map.entry("sv", SwedishAnalyzer::getDefaultStopSet), Map.entry("da", DanishAnalyzer::getDefaultStopSet),
      Map.entry("no", NorwegianAnalyzer::getDefaultStopSet), Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
      Map.entry("fi", FinnishAnalyzer::getDefaultStopSet), Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
      Map.entry("tr", TurkishAnalyzer::getDefaultStopSet), Map.entry("ar", ArabicAnalyzer::getDefaultStopSet),
      Map.entry("hi", HindiAnalyzer::getDefaultStopSet), Map.entry("id", IndonesianAnalyzer::getDefaultStopSet),
      Map.entry("el", GreekAnalyzer::getDefaultStopSet), Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
      Map.entry("ro", RomanianAnalyzer::getDefaultStopSet), Map.entry("ca", CatalanAnalyzer::getDefaultStopSet),
      Map.entry("cs", CzechAnalyzer::getDefaultStopSet), Map.entry("fa", PersianAnalyzer::getDefaultStopSet),
      Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet), Map.entry("pl", PolishAnalyzer::getDefaultStopSet),
      Map.entry("uk", UkrainianMorfologikAnalyzer::getDefaultStopwords));
  private static final Set<String> ELISIONS = Set.of(
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "un", "dell", "nell", "all",
      "dall", "sull", "coll", "pell", "quest", "quell", "nessun", "sant");
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  static final class Log {
    static final System.Logger LOG = System.getLogger(LanguageAnalysis.class.getName());
  }

  private final String language;
  private final UnaryOperator<String> stemmer;
  private final CharArraySet stopWords;
  private final boolean english;
  private final boolean eliding;
  /** The language's segmenter, made on first use; null before, or for a language without one. */
  private Analyzer segmenter;

  private LanguageAnalysis(String language) {
    this.language = language;
    this.english = language.equals("en");
    Supplier<UnaryOperator<String>> stemmerOf = STEMMERS.get(language);
    this.stemmer = stemmerOf == null ? null : stemmerOf.get();
    Supplier<CharArraySet> stopOf = STOP_WORDS.get(language);
    this.stopWords = stopOf == null ? null : stopOf.get();
    this.eliding = ELIDING.contains(language);
  }

  /**
   * The analysis of {@code language} (an ISO 639-1 code; {@code "und"}, an unknown language, is
   * read as English, as newsum always did). Warns once when the language has no analyzer.
   */
  public static LanguageAnalysis of(String language) {
    String code = language == null || language.equals("und") ? "en" : language.toLowerCase(Locale.ROOT);
    if (!hasAnalyzer(code) && !CHARACTER_LANGUAGES.contains(code) && WARNED.add(code)) {
      Log.LOG.log(System.Logger.Level.WARNING, "no analyzer for language '" + code
          + "': its words are analysed language-neutrally (no stemming, no stop words)");
    }
    return new LanguageAnalysis(code);
  }

  /** Whether the language has a stemmer or a stop list (else it is analysed language-neutrally). */
  public static boolean hasAnalyzer(String language) {
    return STEMMERS.containsKey(language) || STOP_WORDS.containsKey(language) || SEGMENTED.contains(language);
  }

  /**
   * Lucene's analyzer that cuts the language's text into words (Chinese: smartcn's hidden Markov
   * model over a word dictionary; Japanese: kuromoji's morphological analysis, base forms, particles
   * and auxiliaries left out; Korean: nori, likewise), or null for a language written with spaces.
   * Made on first call: the dictionaries (several MB) are read only by a run that meets the language.
   */
  public Analyzer segmenter() {
    if (segmenter == null && SEGMENTED.contains(language)) {
      segmenter = Segmenters.of(language);
    }
    return segmenter;
  }

  /**
   * Makes the segmenters; a class of its own so that verifying {@link LanguageAnalysis} does not
   * load the analyzer classes: a run that meets none of the languages loads none of them.
   */
  private static final class Segmenters {
    static Analyzer of(String language) {
      return switch (language) {
        case "zh" -> new SmartChineseAnalyzer();
        case "ja" -> new JapaneseAnalyzer();
        default -> new KoreanAnalyzer();
      };
    }
  }

  /** The ISO 639-1 code analysed. */
  public String language() {
    return language;
  }

  /** The stem of a lower-case word (the word itself without a stemmer). */
  public String stem(String lowerCaseWord) {
    String word = eliding ? withoutElision(lowerCaseWord) : lowerCaseWord;
    return stemmer == null ? word : stemmer.apply(word);
  }

  private static Map.Entry<String, Supplier<UnaryOperator<String>>> snowball(String language,
      Supplier<SnowballStemmer> stemmers) {
    return Map.entry(language, () -> {
      SnowballStemmer stemmer = stemmers.get();
      return word -> {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
      };
    });
  }

  /**
   * Lucene's stemmers of the languages Snowball lacks; a class of its own so that their tables
   * (Stempel's Polish trie, the Ukrainian Morfologik dictionary) load only when the language is met.
   */
  private static final class LuceneStemmers {
    /** Czech: Lucene's light stemmer (Dolamic and Savoy), as CzechAnalyzer uses. */
    static UnaryOperator<String> czech() {
      CzechStemmer stemmer = new CzechStemmer();
      return word -> {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stemmer.stem(chars, chars.length));
      };
    }

    /** Persian: Lucene's normalization (Arabic and Persian letter forms) and light suffix stemmer. */
    static UnaryOperator<String> persian() {
      PersianNormalizer normalizer = new PersianNormalizer();
      PersianStemmer stemmer = new PersianStemmer();
      return word -> {
        char[] chars = word.toCharArray();
        int length = normalizer.normalize(chars, chars.length);
        return new String(chars, 0, stemmer.stem(chars, length));
      };
    }

    /** Polish: Stempel's stemming trie, as PolishAnalyzer uses; a word it cannot stem stays. */
    static UnaryOperator<String> polish() {
      StempelStemmer stemmer = new StempelStemmer(PolishAnalyzer.getDefaultTable());
      return word -> {
        StringBuilder stem = stemmer.stem(word);
        return stem == null || stem.isEmpty() ? word : stem.toString();
      };
    }

    /**
     * Ukrainian: the first lemma of Lucene's Morfologik analyzer (a dictionary of word forms, with
     * its normalization of apostrophes and stress marks); a word it does not know stays.
     */
    static UnaryOperator<String> ukrainian() {
      Analyzer analyzer = new UkrainianMorfologikAnalyzer(CharArraySet.EMPTY_SET);
      return word -> {
        try (TokenStream tokens = analyzer.tokenStream("", word)) {
          CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
          tokens.reset();
          String lemma = tokens.incrementToken() ? term.toString() : word;
          tokens.end();
          return lemma;
        } catch (IOException e) {
          throw new UncheckedIOException(e); // reading a String cannot fail
        }
      };
    }
  }

  /** Whether a lower-case word is a stop word of the language. */
  public boolean isStopWord(String lowerCaseWord) {
    if (english) {
      return StopWords.isEnglishStopWord(lowerCaseWord);
    }
    if (stopWords == null) {
      return false;
    }
    return stopWords.contains(lowerCaseWord) || eliding && stopWords.contains(withoutElision(lowerCaseWord));
  }

  /** {@code l'objet} → {@code objet}: a word without its elided article or pronoun. */
  private static String withoutElision(String word) {
    int apostrophe = word.indexOf('\'');
    if (apostrophe > 0 && apostrophe < word.length() - 1 && ELISIONS.contains(word.substring(0, apostrophe))) {
      return word.substring(apostrophe + 1);
    }
    return word;
  }
}
