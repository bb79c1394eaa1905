package org.newsum.evaluation.rouge;

import java.util.Arrays;

import java.util.function.IntConsumer;
import java.util.function.LongToIntFunction;
import org.newsum.internal.text.IntList;
import org.newsum.internal.text.LongIntMap;

/**
 * The n-gram side of {@link Rouge}: dense ids for the tokens of one scoring call, n-grams and
 * skip-bigrams as int ids, and clipped hits pooled over references.
 *
 * <p>Only the references' n-grams and skip-bigrams get ids ({@link LongIntMap#idOf}); the peer's
 * are looked up ({@link LongIntMap#get}), -1 when absent from every reference, since such a gram
 * can hit nothing and only counts towards the peer's total. So the id tables stay as small as
 * the references however long the peer, and scoring a long text against short references is
 * linear in its length (a table of all the peer's grams outgrew the CPU caches).
 */
final class RougeCounts {
  private RougeCounts() {}

  /** The summaries of one scoring call with dense local token ids 0..size-1. */
  static final class LocalIds {
    final RougeText.Prepared peer;
    final RougeText.Prepared[] refs;
    int size;
    /**
     * The local id of each global token id (-1: none yet) when the texts are long beside the
     * vocabulary (a whole text against a short reference): an array of exactly the vocabulary's
     * size, where a hash table sized for the tokens would hold 2-4 slots per token, or, grown by
     * doubling, jump in size between two inputs of nearly the same length.
     */
    private final int[] dense;
    /** Otherwise (short summaries, a large cached vocabulary): a table sized for their tokens. */
    private final LongIntMap sparse;

    /** @param idBound every global token id in the texts is below it */
    LocalIds(RougeText.Prepared peer, RougeText.Prepared[] refs, int idBound) {
      int total = peer.tokens().length;
      for (RougeText.Prepared r : refs) {
        total += r.tokens().length;
      }
      if (idBound <= 4L * total) {
        dense = new int[idBound];
        Arrays.fill(dense, -1);
        sparse = null;
      } else {
        dense = null;
        sparse = new LongIntMap(total + 16);
      }
      this.peer = relabel(peer);
      this.refs = new RougeText.Prepared[refs.length];
      for (int i = 0; i < refs.length; i++) {
        this.refs[i] = relabel(refs[i]);
      }
      if (sparse != null) {
        size = sparse.size();
      }
    }

    private RougeText.Prepared relabel(RougeText.Prepared p) {
      int[][] units = new int[p.units().length][];
      for (int i = 0; i < units.length; i++) {
        units[i] = relabel(p.units()[i]);
      }
      return new RougeText.Prepared(relabel(p.tokens()), units);
    }

    private int[] relabel(int[] tokens) {
      int[] out = new int[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        out[i] = localId(tokens[i]);
      }
      return out;
    }

    private int localId(int token) {
      if (dense == null) {
        return sparse.idOf(token);
      }
      if (dense[token] < 0) {
        dense[token] = size++;
      }
      return dense[token];
    }
  }

  /**
   * Ids of the n-grams from ids of the (n-1)-grams: gram(i) = (gram_{n-1}(i), token(i+n-1)), by
   * {@code id} (which may answer -1 for an unknown gram); a gram extending an unknown one is unknown.
   */
  static int[] extend(int[] shorter, int[] tokens, int n, LongToIntFunction id) {
    int count = Math.max(tokens.length - n + 1, 0);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = shorter[i] < 0 ? -1 : id.applyAsInt(((long) shorter[i] << 32) | tokens[i + n - 1]);
    }
    return out;
  }

  /**
   * Skip-bigrams within the distance plus unigrams, by {@code id} (which may answer -1 for an
   * unknown gram); the last token's unigram is not counted.
   */
  static int[] skipGrams(int[] tokens, int skipDistance, LongToIntFunction id) {
    IntList out = new IntList();
    forEachSkipGram(tokens, skipDistance, id, out::add);
    return out.toArray();
  }

  /**
   * Counts the known skip-bigrams and unigrams of {@link #skipGrams} into {@code counts} (by id)
   * without listing them, and returns how many there are, unknown ones included: the peer's
   * list would be five ints per token.
   */
  static long countSkipGrams(int[] tokens, int skipDistance, LongToIntFunction id, int[] counts) {
    long[] total = {0};
    forEachSkipGram(tokens, skipDistance, id, g -> {
      total[0]++;
      if (g >= 0) {
        counts[g]++;
      }
    });
    return total[0];
  }

  private static void forEachSkipGram(int[] tokens, int skipDistance, LongToIntFunction id, IntConsumer action) {
    int length = tokens.length;
    for (int i = 0; i < length - 1; i++) {
      action.accept(id.applyAsInt(tokens[i]));
      int last = skipDistance < 0 ? length - 1 : Math.min(length - 1, i + skipDistance + 1);
      for (int j = i + 1; j <= last; j++) {
        action.accept(id.applyAsInt(((long) (tokens[i] + 1) << 32) | tokens[j]));
      }
    }
  }

  /**
   * Clipped hits summed over references: R = Σhit / Σ|ref|, P = Σhit / (refs × |peer|). Peer
   * grams of id -1 (in no reference) count only towards |peer|.
   */
  static RougeScore pooled(int[] peer, int[][] refs, int gramCount, double alpha) {
    int[] peerCounts = new int[gramCount];
    for (int g : peer) {
      if (g >= 0) {
        peerCounts[g]++;
      }
    }
    return pooled(peerCounts, peer.length, refs, alpha);
  }

  /** {@link #pooled(int[], int[][], int, double)} from the peer's counts by id and its number of grams. */
  static RougeScore pooled(int[] peerCounts, long peerTotal, int[][] refs, double alpha) {
    int[] refCounts = new int[peerCounts.length];
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
    return RougeScore.of(hits, refTotal, (long) refs.length * peerTotal, alpha);
  }
}
