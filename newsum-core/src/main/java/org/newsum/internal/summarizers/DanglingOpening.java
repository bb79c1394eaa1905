package org.newsum.internal.summarizers;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognizes sentences that cannot open a reader's understanding on their own: those that begin
 * with a discourse connective pointing back at a previous sentence ("But", "However", "Also")
 * or with a pronoun whose antecedent is in a previous sentence ("He said", "They", "This").
 * Out of their context such sentences dangle; summarizers take them only right after the sentence
 * they follow in their document ({@link GreedySelector}) or avoid them when another sentence can
 * take their place ({@link ConceptCoverageSummarizer}).
 *
 * <p>The openers are listed per language (ISO 639-1 code) in one table: English, German, French,
 * Spanish, Italian, Portuguese, Dutch and Russian; an undetermined language ({@code und}) is read as
 * English, as the analysis reads it, and any other language has no dangling openings.
 */
public final class DanglingOpening {
  /** The language whose list applies when none is given. */
  static final String ENGLISH = "en";
  /** The code of a language not determined ({@link org.newsum.text.LanguageDetector#UNKNOWN}). */
  private static final String UNDETERMINED = org.newsum.text.LanguageDetector.UNKNOWN;
  private static final Map<String, Set<String>> BACK_REFERENCES = Map.of(ENGLISH, Set.of(
      // connectives that continue an argument
      "but", "however", "and", "also", "yet", "still", "so", "thus", "therefore", "moreover",
      "furthermore", "nevertheless", "nonetheless", "meanwhile", "instead", "besides", "otherwise",
      "then", "or", "nor", "likewise", "similarly", "indeed", "hence", "consequently", "again",
      "later", "afterward", "afterwards", "finally", "additionally", "though", "although",
      // pronouns and demonstratives whose antecedent is elsewhere
      "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
      "this", "these", "those", "that", "such", "both", "neither", "either", "another", "others",
      "the latter", "the former"),
      "de", Set.of(
          "aber", "und", "auch", "doch", "jedoch", "dennoch", "trotzdem", "deshalb", "deswegen", "daher",
          "darum", "also", "außerdem", "zudem", "ebenso", "allerdings", "oder", "sondern", "dann", "danach",
          "später", "schließlich", "stattdessen", "dabei", "damit", "dazu", "darauf", "davor", "trotz",
          "er", "sie", "es", "ihm", "ihn", "ihr", "ihnen", "sein", "seine", "seinen", "seinem", "seiner", "ihre",
          "ihren", "ihrem", "ihrer", "dies", "diese", "dieser", "dieses", "diesen", "diesem", "dieselbe",
          "derselbe", "beide", "beiden", "letzterer", "letztere"),
      "fr", Set.of(
          "mais", "et", "aussi", "pourtant", "cependant", "toutefois", "néanmoins", "donc", "ainsi", "alors",
          "puis", "ensuite", "enfin", "ou", "or", "car", "sinon", "également", "de plus", "en outre", "par ailleurs",
          "il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses", "cela", "ceci", "ça",
          "celui", "celle", "ceux", "celles", "ce", "cette", "ces", "ce dernier", "cette dernière", "tous deux"),
      "es", Set.of(
          "pero", "y", "e", "también", "sin embargo", "no obstante", "aunque", "además", "así", "entonces",
          "luego", "después", "finalmente", "o", "u", "por eso", "por tanto", "asimismo",
          "él", "ella", "ellos", "ellas", "le", "les", "su", "sus", "esto", "este", "esta", "estos", "estas",
          "eso", "ese", "esa", "esos", "esas", "aquel", "aquella", "ambos", "ambas", "este último", "esta última"),
      "it", Set.of(
          "ma", "e", "anche", "però", "tuttavia", "comunque", "quindi", "dunque", "così", "poi", "infine", "o",
          "inoltre", "invece", "lui", "lei", "loro", "egli", "ella", "esso", "essa", "essi", "suo", "sua", "suoi",
          "sue", "questo", "questa", "questi", "queste", "quello", "quella", "ciò", "entrambi"),
      "pt", Set.of(
          "mas", "e", "também", "porém", "contudo", "entretanto", "no entanto", "portanto", "assim", "então",
          "depois", "finalmente", "ou", "além disso", "ele", "ela", "eles", "elas", "seu", "sua", "seus", "suas",
          "isto", "isso", "este", "esta", "esse", "essa", "estes", "estas", "aquele", "aquela", "ambos"),
      "nl", Set.of(
          "maar", "en", "ook", "toch", "echter", "daarom", "dus", "bovendien", "daarna", "vervolgens", "of",
          "hij", "zij", "ze", "het", "hem", "haar", "hun", "zijn", "dit", "deze", "dat", "die", "beide"),
      "ru", Set.of(
          "но", "и", "а", "также", "тоже", "однако", "зато", "поэтому", "потому", "затем", "потом", "тогда",
          "или", "впрочем", "кроме того", "при этом", "он", "она", "оно", "они", "его", "её",
          "ее", "их", "ему", "ей", "им", "это", "этот", "эта", "эти", "этого", "этой", "того", "тот", "та",
          "те", "оба", "обе", "последний", "последняя"));

  private DanglingOpening() {}

  /** Whether {@code sentence}, in English, starts with a back reference (case-insensitive, after quotes). */
  public static boolean isDangling(String sentence) {
    return isDangling(ENGLISH, sentence);
  }

  /** Whether {@code sentence}, in {@code language}, starts with a back reference of that language's list. */
  public static boolean isDangling(String language, String sentence) {
    Set<String> openers = BACK_REFERENCES.getOrDefault(UNDETERMINED.equals(language) ? ENGLISH : language, Set.of());
    int start = 0;
    int n = sentence.length();
    while (start < n && !Character.isLetterOrDigit(sentence.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < n && Character.isLetter(sentence.charAt(end))) {
      end++;
    }
    String first = sentence.substring(start, end).toLowerCase(Locale.ROOT);
    if (openers.contains(first)) {
      return true;
    }
    int secondEnd = end + 1;
    while (secondEnd < n && Character.isLetter(sentence.charAt(secondEnd))) {
      secondEnd++;
    }
    return end < n && sentence.charAt(end) == ' '
        && openers.contains(sentence.substring(start, secondEnd).toLowerCase(Locale.ROOT));
  }
}
