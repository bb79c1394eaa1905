package org.newsum.evaluation.rouge;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsum.NewsumException;

/**
 * ROUGE as ROUGE-1.5.5 computes it (and the reference scorer {@code shared/tools/rouge.py}):
 * ROUGE-1..n, summary-level union-LCS ROUGE-L and ROUGE-SU with multi-reference pooling.
 *
 * <p>Text handling follows ROUGE-1.5.5 on UTF-8 bytes: only A-Z are lower-cased, every byte
 * outside {@code [a-z0-9]} separates tokens; {@code -l} counts whitespace words of the raw text,
 * {@code -b} counts bytes without the spaces joining sentences. With several references, hits
 * and counts are summed: R = Σhit / Σ|ref|, P = Σhit / (refs × |peer|). ROUGE-SU counts
 * skip-bigrams within the distance plus unigrams, except the last token's unigram.
 *
 * <pre>{@code
 * Rouge rouge = new Rouge(RougeOptions.duc2004(), RougeData.find(null));
 * RougeScores s = rouge.score(List.of("A summary sentence."), List.of(List.of("A reference.")));
 * double r2 = s.get("rouge-2").recall();
 * }</pre>
 *
 * <p>Thread-safe: one instance may score many pairs in parallel (it caches token ids).
 */
public final class Rouge {
  private static final int STOP_WORD = -1;

  private final RougeOptions options;
  private final RougeData data;
  private final Map<String, Integer> tokenIds = new ConcurrentHashMap<>();
  private final Map<String, Integer> formIds = new ConcurrentHashMap<>();
  private final AtomicInteger nextFormId = new AtomicInteger();

  /**
   * A scorer with the given options. With {@code -m} but no WordNet exceptions in {@code data},
   * warns on stderr that stemming is Porter alone (which differs from ROUGE-1.5.5 on irregular
   * forms); {@code -s} without the SMART stop-word list is an error.
   */
  public Rouge(RougeOptions options, RougeData data) {
    this.options = options;
    this.data = data;
    if (options.stem() && !data.hasExceptions()) {
      System.err.println("newsum: warning: WordNet exception lists not found (give the ROUGE data folder or set "
          + RougeData.ENV + "); -m uses Porter only, which differs from ROUGE-1.5.5 on irregular forms"
          + " (said, went, ...)");
    }
    if (options.removeStopWords() && data.stopWords() == null) {
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
    Prepared peerText = prepare(peer);
    Prepared[] refTexts = new Prepared[references.size()];
    for (int i = 0; i < refTexts.length; i++) {
      refTexts[i] = prepare(references.get(i));
    }
    LocalIds local = new LocalIds(peerText, refTexts);
    Map<String, RougeScore> out = new LinkedHashMap<>();
    int[] peerGrams = local.peer.tokens;
    int[][] refGrams = new int[refTexts.length][];
    for (int i = 0; i < refTexts.length; i++) {
      refGrams[i] = local.refs[i].tokens;
    }
    int gramCount = local.size;
    for (int n = 1; n <= options.maxN(); n++) {
      if (n > 1) {
        GramIds ids = new GramIds(gramCount);
        int[] previousPeer = peerGrams;
        peerGrams = extend(previousPeer, local.peer.tokens, n, ids);
        for (int i = 0; i < refGrams.length; i++) {
          refGrams[i] = extend(refGrams[i], local.refs[i].tokens, n, ids);
        }
        gramCount = ids.size();
      }
      out.put("rouge-" + n, pooled(peerGrams, refGrams, gramCount));
    }
    out.put("rouge-l", unionLcs(local));
    String skipName = options.skipMetricName();
    if (skipName != null) {
      GramIds ids = new GramIds(local.size * 4);
      int[] peerSkips = skipGrams(local.peer.tokens, ids);
      int[][] refSkips = new int[refTexts.length][];
      for (int i = 0; i < refSkips.length; i++) {
        refSkips[i] = skipGrams(local.refs[i].tokens, ids);
      }
      out.put(skipName, pooled(peerSkips, refSkips, ids.size()));
    }
    return new RougeScores(out);
  }

  // ---------------------------------------------------------------------------------------
  // text: bytes, truncation, tokens

  /** A summary's tokens after truncation, as a whole and per sentence (the ROUGE-L units). */
  private record Prepared(int[] tokens, int[][] units) {}

  private Prepared prepare(List<String> sentences) {
    byte[][] raw = new byte[sentences.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = lowerAsciiBytes(sentences.get(i));
    }
    IntBuffer joined = new IntBuffer();
    int[][] units;
    if (options.wordLimit() > 0) {
      units = truncateWords(raw, options.wordLimit(), joined);
    } else if (options.byteLimit() > 0) {
      int[][] joinedUnits = truncateBytes(raw, options.byteLimit(), joined, true);
      units = options.rouge155Bugs() ? truncateBytes(raw, options.byteLimit(), new IntBuffer(), false) : joinedUnits;
    } else {
      units = new int[raw.length][];
      for (int i = 0; i < raw.length; i++) {
        units[i] = tokens(raw[i], raw[i].length, joined);
      }
    }
    return new Prepared(joined.toArray(), units);
  }

  /** ROUGE-1.5.5 {@code -l}: whole sentences while under the limit, then the first words of the next. */
  private int[][] truncateWords(byte[][] raw, int limit, IntBuffer joined) {
    int[][] units = new int[raw.length][];
    int used = 0;
    int count = 0;
    for (byte[] s : raw) {
      int words = perlWordCount(s);
      if (used + words < limit) {
        units[count++] = tokens(s, s.length, joined);
        used += words;
      } else {
        units[count++] = tokens(s, endOfFirstWords(s, limit - used), joined);
        break;
      }
    }
    return Arrays.copyOf(units, count);
  }

  /**
   * ROUGE-1.5.5 {@code -b}: whole sentences while under the limit, then the first bytes of the
   * next. With {@code countUsed} false, reproduces ROUGE-1.5.5's ROUGE-L bug: bytes used are never
   * added up, so only a sentence longer than the whole limit is cut.
   */
  private int[][] truncateBytes(byte[][] raw, int limit, IntBuffer joined, boolean countUsed) {
    int[][] units = new int[raw.length][];
    int used = 0;
    int count = 0;
    for (byte[] s : raw) {
      if (used + s.length < limit) {
        units[count++] = tokens(s, s.length, joined);
        if (countUsed) {
          used += s.length;
        }
      } else {
        units[count++] = tokens(s, limit - used, joined);
        break;
      }
    }
    return Arrays.copyOf(units, count);
  }

  /** Token ids of {@code s[0, end)}: runs of [a-z0-9], stop words dropped, stemmed with -m. */
  private int[] tokens(byte[] s, int end, IntBuffer joined) {
    IntBuffer unit = new IntBuffer();
    int i = 0;
    while (i < end) {
      if (!isAlnum(s[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < end && isAlnum(s[i])) {
        i++;
      }
      int id = tokenId(new String(s, start, i - start, StandardCharsets.ISO_8859_1));
      if (id != STOP_WORD) {
        unit.add(id);
        joined.add(id);
      }
    }
    return unit.toArray();
  }

  private int tokenId(String token) {
    Integer id = tokenIds.get(token);
    if (id == null) {
      id = tokenIds.computeIfAbsent(token, t -> {
        if (options.removeStopWords() && data.stopWords().contains(t)) {
          return STOP_WORD;
        }
        String form = options.stem() && t.length() > 3 ? stem(t) : t;
        return formIds.computeIfAbsent(form, f -> nextFormId.getAndIncrement());
      });
    }
    return id;
  }

  private String stem(String token) {
    if (data.hasExceptions()) {
      String base = data.exceptions().get(token);
      if (base != null) {
        return base;
      }
    }
    return RougePorterStemmer.stem(token);
  }

  /** Words of Perl's {@code split(/\s+/, $s)}: a leading empty field is kept. */
  private static int perlWordCount(byte[] s) {
    int words = 0;
    boolean inWord = false;
    for (byte b : s) {
      boolean space = isSpace(b);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words > 0 && s.length > 0 && isSpace(s[0]) ? words + 1 : words;
  }

  /** End offset of the first {@code n} Perl-split words of {@code s} (the leading empty field counts). */
  private static int endOfFirstWords(byte[] s, int n) {
    int remaining = s.length > 0 && isSpace(s[0]) ? n - 1 : n;
    int i = 0;
    while (remaining > 0 && i < s.length) {
      while (i < s.length && isSpace(s[i])) {
        i++;
      }
      while (i < s.length && !isSpace(s[i])) {
        i++;
      }
      remaining--;
    }
    return i;
  }

  private static byte[] lowerAsciiBytes(String sentence) {
    byte[] bytes = sentence.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] >= 'A' && bytes[i] <= 'Z') {
        bytes[i] += 'a' - 'A';
      }
    }
    return bytes;
  }

  private static boolean isAlnum(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || (b >= 9 && b <= 13);
  }

  // ---------------------------------------------------------------------------------------
  // counting

  /** The summaries of one scoring call with dense local token ids 0..size-1. */
  private static final class LocalIds {
    final Prepared peer;
    final Prepared[] refs;
    int size;
    private final GramIds ids;

    LocalIds(Prepared peer, Prepared[] refs) {
      int total = peer.tokens.length;
      for (Prepared r : refs) {
        total += r.tokens.length;
      }
      ids = new GramIds(total + 16);
      this.peer = relabel(peer);
      this.refs = new Prepared[refs.length];
      for (int i = 0; i < refs.length; i++) {
        this.refs[i] = relabel(refs[i]);
      }
      size = ids.size();
    }

    private Prepared relabel(Prepared p) {
      int[][] units = new int[p.units.length][];
      for (int i = 0; i < units.length; i++) {
        units[i] = relabel(p.units[i]);
      }
      return new Prepared(relabel(p.tokens), units);
    }

    private int[] relabel(int[] tokens) {
      int[] out = new int[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        out[i] = ids.idOf(tokens[i]);
      }
      return out;
    }
  }

  /** Ids of the n-grams from ids of the (n-1)-grams: gram(i) = (gram_{n-1}(i), token(i+n-1)). */
  private static int[] extend(int[] shorter, int[] tokens, int n, GramIds ids) {
    int count = Math.max(tokens.length - n + 1, 0);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = ids.idOf(((long) shorter[i] << 32) | tokens[i + n - 1]);
    }
    return out;
  }

  /** Skip-bigrams within the distance plus unigrams; the last token's unigram is not counted. */
  private int[] skipGrams(int[] tokens, GramIds ids) {
    int length = tokens.length;
    IntBuffer out = new IntBuffer();
    for (int i = 0; i < length - 1; i++) {
      out.add(ids.idOf(tokens[i]));
      int last = options.skipDistance() < 0 ? length - 1 : Math.min(length - 1, i + options.skipDistance() + 1);
      for (int j = i + 1; j <= last; j++) {
        out.add(ids.idOf(((long) (tokens[i] + 1) << 32) | tokens[j]));
      }
    }
    return out.toArray();
  }

  /** Clipped hits summed over references: R = Σhit / Σ|ref|, P = Σhit / (refs × |peer|). */
  private RougeScore pooled(int[] peer, int[][] refs, int gramCount) {
    int[] peerCounts = new int[gramCount];
    for (int g : peer) {
      peerCounts[g]++;
    }
    int[] refCounts = new int[gramCount];
    long hits = 0;
    long refTotal = 0;
    for (int[] ref : refs) {
      for (int g : ref) {
        refCounts[g]++;
      }
      for (int g : ref) {
        if (refCounts[g] > 0) {
          hits += Math.min(refCounts[g], peerCounts[g]);
          refCounts[g] = 0;
        }
      }
      refTotal += ref.length;
    }
    return RougeScore.of(hits, refTotal, (long) refs.length * peer.length, options.alpha());
  }

  /**
   * Summary-level ROUGE-L: for each reference sentence, the union of its LCS tokens against every
   * peer sentence, clipped by the unigram counts of peer and reference.
   */
  private RougeScore unionLcs(LocalIds local) {
    int[] peerUnigrams = new int[local.size];
    for (int t : local.peer.tokens) {
      peerUnigrams[t]++;
    }
    int longestPeerUnit = 0;
    for (int[] u : local.peer.units) {
      longestPeerUnit = Math.max(longestPeerUnit, u.length);
    }
    LcsTable table = new LcsTable();
    long hits = 0;
    long base = 0;
    for (Prepared ref : local.refs) {
      int[] modelLeft = new int[local.size];
      for (int t : ref.tokens) {
        modelLeft[t]++;
      }
      int[] peerLeft = peerUnigrams.clone();
      for (int[] unit : ref.units) {
        boolean[] mask = new boolean[unit.length];
        base += unit.length;
        for (int[] peerUnit : local.peer.units) {
          table.markLcs(unit, peerUnit, mask);
        }
        for (int k = 0; k < unit.length; k++) {
          int t = unit[k];
          if (mask[k] && modelLeft[t] > 0 && peerLeft[t] > 0) {
            hits++;
            modelLeft[t]--;
            peerLeft[t]--;
          }
        }
      }
    }
    return RougeScore.of(hits, base, (long) local.refs.length * local.peer.tokens.length, options.alpha());
  }

  /** The LCS dynamic programme with ROUGE-1.5.5's tie-breaking; reuses its tables. */
  private static final class LcsTable {
    private static final byte DIAGONAL = 0;
    private static final byte UP = 1;
    private int[] lengths = new int[0];
    private byte[] moves = new byte[0];

    /** Marks in {@code mask} the tokens of {@code model} on the LCS with {@code peer}. */
    void markLcs(int[] model, int[] peer, boolean[] mask) {
      int m = model.length;
      int n = peer.length;
      if (m == 0) {
        return;
      }
      int width = n + 1;
      int cells = (m + 1) * width;
      if (lengths.length < cells) {
        lengths = new int[cells];
        moves = new byte[cells];
      }
      Arrays.fill(lengths, 0, width, 0);
      for (int i = 1; i <= m; i++) {
        int row = i * width;
        int up = row - width;
        lengths[row] = 0;
        int token = model[i - 1];
        for (int j = 1; j <= n; j++) {
          if (token == peer[j - 1]) {
            lengths[row + j] = lengths[up + j - 1] + 1;
            moves[row + j] = DIAGONAL;
          } else if (lengths[up + j] >= lengths[row + j - 1]) {
            lengths[row + j] = lengths[up + j];
            moves[row + j] = UP;
          } else {
            lengths[row + j] = lengths[row + j - 1];
            moves[row + j] = 2;
          }
        }
      }
      int i = m;
      int j = n;
      while (i > 0 && j > 0) {
        byte move = moves[i * width + j];
        if (move == DIAGONAL) {
          i--;
          j--;
          mask[i] = true;
        } else if (move == UP) {
          i--;
        } else {
          j--;
        }
      }
    }
  }

  /** A growable int array. */
  private static final class IntBuffer {
    private int[] values = new int[32];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
