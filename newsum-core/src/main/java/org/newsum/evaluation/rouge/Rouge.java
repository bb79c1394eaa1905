package org.newsum.evaluation.rouge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsum.NewsumException;
import org.newsum.internal.text.LongIntMap;

/**
 * ROUGE as ROUGE-1.5.5 computes it (and the reference scorer {@code shared/tools/rouge.py}):
 * ROUGE-1..n, summary-level union-LCS ROUGE-L and ROUGE-SU with multi-reference pooling.
 *
 * <p>By default text handling follows ROUGE-1.5.5 on UTF-8 bytes: only A-Z are lower-cased, every byte
 * outside {@code [a-z0-9]} separates tokens; {@code -l} counts whitespace words of the raw text,
 * {@code -b} counts bytes without the spaces joining sentences. With several references, hits
 * and counts are summed: R = Σhit / Σ|ref|, P = Σhit / (refs × |peer|). ROUGE-SU counts
 * skip-bigrams within the distance plus unigrams, except the last token's unigram. With {@link
 * RougeOptions.Tokenize#UNICODE} tokens are rouge.py's {@code --tokenize unicode} ones (runs of
 * Unicode letters and digits, one per CJK character), so any language can be scored.
 *
 * <pre>{@code
 * Rouge rouge = new Rouge(RougeOptions.duc2004(), RougeData.find(null));
 * RougeScores s = rouge.score(List.of("A summary sentence."), List.of(List.of("A reference.")));
 * double r2 = s.get("rouge-2").recall();
 * }</pre>
 *
 * <p>Text handling is {@link RougeText}'s, n-gram counting {@link RougeCounts}', ROUGE-L
 * {@link RougeLcs}'. Thread-safe: one instance may score many pairs in parallel (it caches token
 * ids).
 */
public final class Rouge {
  private final RougeOptions options;
  private final RougeText text;

  /**
   * A scorer with the given options. With {@code -m} but no WordNet exceptions in {@code data},
   * warns on stderr that stemming is Porter alone (which differs from ROUGE-1.5.5 on irregular
   * forms); {@code -s} without the SMART stop-word list is an error.
   */
  public Rouge(RougeOptions options, RougeData data) {
    this.options = options;
    this.text = new RougeText(options, data);
    if (options.tokenize() == RougeOptions.Tokenize.UNICODE && options.stem()) {
      System.err.println("newsum: warning: -m is ignored with --tokenize unicode (no stemming)");
    }
    if (options.tokenize() == RougeOptions.Tokenize.UNICODE && options.removeStopWords()) {
      System.err.println("newsum: warning: -s is ignored with --tokenize unicode (no stop-word list)");
    }
    if (options.stems() && !data.hasExceptions()) {
      System.err.println("newsum: warning: WordNet exception lists not found (give the ROUGE data folder or set "
          + RougeData.ENV + "); -m uses Porter only, which differs from ROUGE-1.5.5 on irregular forms"
          + " (said, went, ...)");
    }
    if (options.removesStopWords() && data.stopWords() == null) {
      throw new NewsumException("ROUGE -s needs smart_common_words.txt in the ROUGE data folder"
          + " (give it or set " + RougeData.ENV + ")");
    }
  }

  public RougeOptions options() {
    return options;
  }

  /**
   * Scores one peer (system) summary against its references.
   *
   * @param peer the summary's sentences
   * @param references each reference's sentences (at least one reference)
   */
  public RougeScores score(List<String> peer, List<List<String>> references) {
    if (references.isEmpty()) {
      throw new NewsumException("ROUGE needs at least one reference summary");
    }
    RougeText.Prepared peerText = text.prepare(peer);
    RougeText.Prepared[] refTexts = new RougeText.Prepared[references.size()];
    for (int i = 0; i < refTexts.length; i++) {
      refTexts[i] = text.prepare(references.get(i));
    }
    RougeCounts.LocalIds local = new RougeCounts.LocalIds(peerText, refTexts, text.idBound());
    Map<String, RougeScore> out = new LinkedHashMap<>();
    int[] peerGrams = local.peer.tokens();
    int[][] refGrams = new int[refTexts.length][];
    for (int i = 0; i < refTexts.length; i++) {
      refGrams[i] = local.refs[i].tokens();
    }
    int gramCount = local.size;
    int refTokens = 0;
    for (int[] ref : refGrams) {
      refTokens += ref.length;
    }
    for (int n = 1; n <= options.maxN(); n++) {
      if (n > 1) {
        // The references' grams first (they get the ids), then the peer's looked up (see RougeCounts).
        LongIntMap ids = new LongIntMap(refTokens);
        for (int i = 0; i < refGrams.length; i++) {
          refGrams[i] = RougeCounts.extend(refGrams[i], local.refs[i].tokens(), n, ids::idOf);
        }
        peerGrams = RougeCounts.extend(peerGrams, local.peer.tokens(), n, ids::get);
        gramCount = ids.size();
      }
      out.put("rouge-" + n, RougeCounts.pooled(peerGrams, refGrams, gramCount, options.alpha()));
    }
    out.put("rouge-l", RougeLcs.unionLcs(local, options.alpha()));
    String skipName = options.skipMetricName();
    if (skipName != null) {
      LongIntMap ids = new LongIntMap(refTokens * 4);
      int[][] refSkips = new int[refTexts.length][];
      for (int i = 0; i < refSkips.length; i++) {
        refSkips[i] = RougeCounts.skipGrams(local.refs[i].tokens(), options.skipDistance(), ids::idOf);
      }
      int[] peerCounts = new int[ids.size()];
      long peerTotal = RougeCounts.countSkipGrams(local.peer.tokens(), options.skipDistance(), ids::get, peerCounts);
      out.put(skipName, RougeCounts.pooled(peerCounts, peerTotal, refSkips, options.alpha()));
    }
    return new RougeScores(out);
  }
}
