package org.newsum.internal.stories;

import java.util.Arrays;
import org.newsum.internal.text.Lexicon;
import org.newsum.internal.text.SentenceEncoder;
import org.newsum.internal.text.TextTokens;
import org.newsum.model.Document;
import org.newsum.stories.ArticleSignature;
import org.newsum.stories.StoryOptions;
import org.newsum.text.LanguageDetector;

/**
 * Computes {@link ArticleSignature}s: the core's tokenizer ({@link Lexicon}), stop words and
 * one-character words left out, numbers kept, each word counted under its Porter stem. An
 * occurrence weighs 1, times {@link StoryOptions#titleWeight} in the title (or, without a title,
 * in a short first line: ECB+ texts open with their headline), times {@link
 * StoryOptions#anchorWeight} for an anchor: a capitalized word inside a sentence (a name) or a
 * number. Scratch arrays are per thread.
 */
public final class ArticleSigner {
  /** Longest first line (in characters) read as the headline of an untitled text. */
  private static final int MAX_HEADLINE_CHARS = 160;
  /** Longest headline made from an untitled article's opening words. */
  private static final int MAX_OPENING_CHARS = 120;
  private static final float[] NO_EMBEDDING = new float[0];
  private static final String ENGLISH = "en";
  private static final ThreadLocal<ArticleSigner> PER_THREAD = ThreadLocal.withInitial(ArticleSigner::new);

  /** Per lexicon stem id: the weight summed so far in this article (0 = not seen). */
  private double[] stemWeight = new double[1024];
  /** Per lexicon stem id: the part of {@link #stemWeight} from anchor occurrences. */
  private double[] anchorPart = new double[1024];
  private int[] touched = new int[256];

  private ArticleSigner() {}

  public static ArticleSignature sign(Document article, StoryOptions options) {
    return PER_THREAD.get().signature(article, options);
  }

  private ArticleSignature signature(Document article, StoryOptions options) {
    Lexicon lexicon = Lexicon.forThisThread();
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
    int count = addOccurrences(lexicon, title, 0, options.titleWeight(), options.anchorWeight(), 0);
    count = addOccurrences(lexicon, text, bodyStart, 1.0, options.anchorWeight(), count);
    String[] terms = new String[count];
    double[] weights = new double[count];
    boolean[] anchors = new boolean[count];
    for (int k = 0; k < count; k++) {
      int stem = touched[k];
      terms[k] = lexicon.stem(stem);
      weights[k] = stemWeight[stem];
      anchors[k] = 2 * anchorPart[stem] > stemWeight[stem];
      stemWeight[stem] = 0;
      anchorPart[stem] = 0;
    }
    boolean titled = !article.title().isBlank();
    return new ArticleSignature(article.id(), article.date(), titled ? article.title().strip() : opening(text),
        titled, terms, weights, anchors, embedding(article, options));
  }

  /**
   * The sentence embedding of an article's title and text (their lead: the encoder reads the first
   * {@value SentenceEncoder#MAX_TOKENS} word pieces), or none for an article in another language
   * than English (declared, or detected): the encoder knows English only, and such an article is
   * grouped on its terms alone. A text too short for its language to be told (a headline, a
   * caption) is embedded. Only the pair merge reads embeddings: with {@link
   * StoryOptions#pairThreshold} 0 (e.g. {@link org.newsum.stories.StoryCheck}'s) none is made.
   */
  static float[] embedding(Document article, StoryOptions options) {
    if (!options.embeddings() || options.pairThreshold() == 0 || article.text().isBlank()) {
      return NO_EMBEDDING;
    }
    String language = article.languageCode()
        .orElseGet(() -> LanguageDetector.standard().detect(article.title(), article.text()));
    if (!ENGLISH.equals(language) && !LanguageDetector.UNKNOWN.equals(language)) {
      return NO_EMBEDDING;
    }
    String title = article.title().strip();
    return SentenceEncoder.get().encode(title.isEmpty() ? article.text() : title + ". " + article.text());
  }

  /** Adds the weighted occurrences of {@code text[from..]}; returns the new count of distinct stems. */
  private int addOccurrences(Lexicon lexicon, String text, int from, double weight, double anchorWeight, int count) {
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
      int stem = lexicon.stemOf(word);
      if (stem >= stemWeight.length) {
        stemWeight = Arrays.copyOf(stemWeight, Math.max(stem + 1, 2 * stemWeight.length));
        anchorPart = Arrays.copyOf(anchorPart, stemWeight.length);
      }
      if (stemWeight[stem] == 0) {
        if (count == touched.length) {
          touched = Arrays.copyOf(touched, 2 * count);
        }
        touched[count++] = stem;
      }
      if (anchor) {
        stemWeight[stem] += weight * anchorWeight;
        anchorPart[stem] += weight * anchorWeight;
      } else {
        stemWeight[stem] += weight;
      }
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

  /** The opening words of a text: up to its first sentence end or line break, at most {@value #MAX_OPENING_CHARS} characters. */
  static String opening(String rawText) {
    String text = rawText.strip();
    int end = Math.min(text.length(), MAX_OPENING_CHARS);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && i > 20) {
        return text.substring(0, c == '\n' ? i : i + 1).strip();
      }
    }
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      return text.substring(0, space > 0 ? space : end).strip() + "…";
    }
    return text;
  }
}
