package org.newsum.internal.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsum.internal.text.Lexicon;
import org.newsum.internal.text.TextTokens;
import org.newsum.model.Document;
import org.newsum.stories.StoryOptions;

/**
 * Turns an article into a unit tf-idf vector over its salient terms, online: document
 * frequencies are those of the articles seen so far (this one included), so a feed processed in
 * two runs sees the same weights as in one ({@link GroupingState} keeps them).
 *
 * <p>Terms are Porter stems of the core's tokenizer ({@link Lexicon}), stop words and one-letter
 * words left out, numbers kept. An occurrence weighs 1, times {@link StoryOptions#titleWeight}
 * in the title (or, without a title, in a short first line: ECB+ texts open with their headline)
 * and times {@link StoryOptions#anchorWeight} for an anchor: a capitalized word inside a sentence
 * (names) or a number. Term weight: (1 + ln tf) * ln((N + {@value #PRIOR_DOCUMENTS}) / df); the top {@link
 * StoryOptions#articleTerms} are kept. Term ids are this vectorizer's own, stable across
 * articles (the lexicon's ids are per thread and may start over). Not thread-safe.
 */
final class ArticleVectorizer {
  /** Longest first line (in characters) read as the headline of an untitled text. */
  private static final int MAX_HEADLINE_CHARS = 160;

  private final StoryOptions options;
  private final Map<String, Integer> termIds = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private int[] documentFrequency = new int[1024];
  private long articles;
  /** Lexicon stem id -> term id, valid while {@code cachedStems[stem]} is the lexicon's very string. */
  private int[] termOfStem = new int[1024];
  private String[] cachedStems = new String[1024];
  private double[] occurrenceWeight = new double[1024];
  private int[] touched = new int[1024];

  /**
   * Documents assumed seen before the feed, holding none of its terms: without them the first
   * articles of a feed find every shared word common (df close to N) and two reports of one event
   * look unrelated; 1,000 keeps small feeds working and barely moves large ones.
   */
  static final double PRIOR_DOCUMENTS = 1000;

  ArticleVectorizer(StoryOptions options) {
    this.options = options;
  }

  /** A vectorizer that continues with the terms and document frequencies of an earlier run. */
  ArticleVectorizer(StoryOptions options, List<String> terms, int[] documentFrequency, long articles) {
    this(options);
    for (String term : terms) {
      termIds.put(term, this.terms.size());
      this.terms.add(term);
    }
    this.documentFrequency = Arrays.copyOf(documentFrequency, Math.max(1024, terms.size()));
    this.occurrenceWeight = new double[this.documentFrequency.length];
    this.articles = articles;
  }

  List<String> terms() {
    return terms;
  }

  int[] documentFrequencies() {
    return Arrays.copyOf(documentFrequency, terms.size());
  }

  long articles() {
    return articles;
  }

  /** The unit vector of {@code article}, its terms counted into the document frequencies. */
  SparseVector vectorize(Document article) {
    Lexicon lexicon = Lexicon.forThisThread();
    int count = 0;
    String title = article.title();
    String text = article.text();
    int bodyStart = 0;
    if (title.isBlank()) {
      int newline = text.indexOf('\n');
      if (newline > 0 && newline <= MAX_HEADLINE_CHARS && text.length() > newline + 1) {
        title = text.substring(0, newline);
        bodyStart = newline + 1;
      }
    }
    count = addOccurrences(lexicon, title, 0, options.titleWeight(), count);
    count = addOccurrences(lexicon, text, bodyStart, 1.0, count);
    articles++;
    int[] ids = Arrays.copyOf(touched, count);
    double[] weights = new double[count];
    double idfBase = articles + PRIOR_DOCUMENTS;
    for (int k = 0; k < count; k++) {
      int term = ids[k];
      documentFrequency[term]++;
      weights[k] = (1 + Math.log(occurrenceWeight[term])) * Math.log(idfBase / documentFrequency[term]);
      occurrenceWeight[term] = 0;
    }
    return SparseVector.topUnit(ids, weights, count, options.articleTerms());
  }

  /** Adds the weighted occurrences of {@code text[from..]}; returns the new count of distinct terms. */
  private int addOccurrences(Lexicon lexicon, String text, int from, double weight, int count) {
    if (weight == 0 || text.isEmpty()) {
      return count;
    }
    TextTokens tokens = new TextTokens(256);
    lexicon.tokenize(text, from, text.length(), tokens);
    for (int k = 0; k < tokens.size(); k++) {
      int word = tokens.word(k);
      if (lexicon.isStopWord(word) || tokens.end(k) - tokens.start(k) < 2) {
        continue;
      }
      boolean anchor = !lexicon.hasLetter(word) || isCapitalizedInsideSentence(text, tokens.start(k), from);
      int term = term(lexicon, lexicon.stemOf(word));
      if (occurrenceWeight[term] == 0) {
        if (count == touched.length) {
          touched = Arrays.copyOf(touched, 2 * count);
        }
        touched[count++] = term;
      }
      occurrenceWeight[term] += anchor ? weight * options.anchorWeight() : weight;
    }
    return count;
  }

  /** Whether the word at {@code start} is capitalized and not the first of its sentence or line. */
  static boolean isCapitalizedInsideSentence(String text, int start, int from) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') {
        return false;
      }
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
    }
    return false;
  }

  private int term(Lexicon lexicon, int stem) {
    if (stem >= termOfStem.length) {
      int grown = Math.max(stem + 1, 2 * termOfStem.length);
      termOfStem = Arrays.copyOf(termOfStem, grown);
      cachedStems = Arrays.copyOf(cachedStems, grown);
    }
    String stemText = lexicon.stem(stem);
    if (cachedStems[stem] == stemText) {
      return termOfStem[stem];
    }
    Integer known = termIds.get(stemText);
    int term;
    if (known != null) {
      term = known;
    } else {
      term = terms.size();
      termIds.put(stemText, term);
      terms.add(stemText);
      if (term == documentFrequency.length) {
        documentFrequency = Arrays.copyOf(documentFrequency, 2 * term);
        occurrenceWeight = Arrays.copyOf(occurrenceWeight, 2 * term);
      }
    }
    termOfStem[stem] = term;
    cachedStems[stem] = stemText;
    return term;
  }
}
