package org.newsum.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.newsum.internal.text.IntIntMap;
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

  /** Gives the lexicon's stems of one cluster dense ids as they come. */
  static final class Builder {
    private final Lexicon lexicon;
    private final IntIntMap idOfStem = new IntIntMap(4096);
    private String[] stems = new String[1024];
    private boolean[] stop = new boolean[1024];

    Builder(Lexicon lexicon) {
      this.lexicon = lexicon;
    }

    /** The term id of a lexicon word. */
    int idOf(int word) {
      int id = idOfStem.getOrAddNext(lexicon.stemOf(word));
      if (id == stems.length) {
        stems = Arrays.copyOf(stems, 2 * id);
        stop = Arrays.copyOf(stop, 2 * id);
      }
      if (stems[id] == null) {
        stems[id] = lexicon.stem(lexicon.stemOf(word));
        stop[id] = lexicon.isStopWord(word);
      }
      return id;
    }

    /** The term id of a lexicon word, or -1 when no sentence used its stem. */
    int find(int word) {
      return idOfStem.get(lexicon.stemOf(word));
    }

    Vocabulary build() {
      int size = idOfStem.size();
      return new Vocabulary(Arrays.copyOf(stems, size), Arrays.copyOf(stop, size));
    }
  }
}
