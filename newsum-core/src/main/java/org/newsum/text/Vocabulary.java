package org.newsum.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.newsum.internal.text.IntList;
import org.newsum.internal.text.Lexicon;

/**
 * The terms (stems) of one analysed cluster as dense int ids, in order of first use, so that hot
 * loops work on primitive arrays. Built from the {@link Lexicon}'s stems while a cluster is
 * analysed, then only read.
 */
public final class Vocabulary {
  private final String[] stems;
  private final boolean[] stop;
  private volatile Map<String, Integer> ids;

  private Vocabulary(String[] stems, boolean[] stop) {
    this.stems = stems;
    this.stop = stop;
  }

  /** The id of a stem, or -1 when the cluster never uses it. */
  public int find(String stem) {
    Map<String, Integer> byStem = ids;
    if (byStem == null) {
      byStem = new HashMap<>();
      for (int id = 0; id < stems.length; id++) {
        byStem.put(stems[id], id);
      }
      ids = byStem;
    }
    Integer id = byStem.get(stem);
    return id == null ? -1 : id;
  }

  public String stem(int id) {
    return stems[id];
  }

  /** Whether the term was a stop word where first seen. */
  public boolean isStopWord(int id) {
    return stop[id];
  }

  public int size() {
    return stems.length;
  }

  /**
   * Gives the lexicon's stems cluster term ids in order of first use. The lexicon's stem ids are
   * dense and bounded (it starts over beyond {@code Lexicon.MAX_WORDS} words), so the table is a
   * plain array indexed by stem id: one load per token, where a hash table that grew with the
   * cluster's vocabulary cost a probe sequence and, once past the CPU caches, a miss per token.
   */
  static final class Builder {
    private final Lexicon lexicon;
    /** By lexicon stem id, its term id, -1 while unused. */
    private int[] termOfStem;
    private int size;
    /** By term id, its lexicon stem id: the stems themselves are read at {@link #build}. */
    private int[] stemIds = new int[1024];
    private boolean[] stop = new boolean[1024];

    Builder(Lexicon lexicon) {
      this.lexicon = lexicon;
      termOfStem = new int[Math.max(1024, lexicon.stemCount() + 1024)];
      Arrays.fill(termOfStem, -1);
    }

    /** The term id of a lexicon word. */
    int idOf(int word) {
      return idOf(lexicon.stemOf(word), lexicon.isStopWord(word));
    }

    /**
     * The term id of a word whose stem id ({@link Lexicon#stemOf}) is {@code stem}; {@code stopWord}:
     * whether it is a stop word ({@link Lexicon#isStopWord}), which the term keeps if new.
     */
    int idOf(int stem, boolean stopWord) {
      if (stem >= termOfStem.length) {
        int old = termOfStem.length;
        termOfStem = Arrays.copyOf(termOfStem, Math.max(stem + 1, 2 * old));
        Arrays.fill(termOfStem, old, termOfStem.length, -1);
      }
      int id = termOfStem[stem];
      if (id >= 0) {
        return id;
      }
      id = size++;
      termOfStem[stem] = id;
      if (id == stemIds.length) {
        stemIds = Arrays.copyOf(stemIds, 2 * id);
        stop = Arrays.copyOf(stop, 2 * id);
      }
      stemIds[id] = stem;
      stop[id] = stopWord;
      return id;
    }

    /** The term ids of lexicon words. */
    int[] idsOf(IntList words) {
      int[] ids = new int[words.size()];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = idOf(words.get(k));
      }
      return ids;
    }

    /** The term id of a lexicon word, or -1 when no sentence used its stem. */
    int find(int word) {
      int stem = lexicon.stemOf(word);
      return stem < termOfStem.length ? termOfStem[stem] : -1;
    }

    /**
     * The vocabulary of the terms given out. Their stems are read from the lexicon here, one loop
     * of independent loads from its large stem array, rather than one cache miss at a time as
     * tokens meet new terms. The stem ids stay valid until then because a lexicon starts over
     * only in {@link Lexicon#forThisThread()}, which {@link ClusterAnalyzer} calls before it makes the builder.
     */
    Vocabulary build() {
      String[] stems = new String[size];
      for (int id = 0; id < size; id++) {
        stems[id] = lexicon.stem(stemIds[id]);
      }
      return new Vocabulary(stems, Arrays.copyOf(stop, size));
    }
  }
}
