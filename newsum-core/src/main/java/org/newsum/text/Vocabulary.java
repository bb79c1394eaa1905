package org.newsum.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps stems to dense int ids so that hot loops work on primitive arrays. Built while a
 * cluster is analysed, then only read.
 */
public final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> stems = new ArrayList<>();
  private final List<Boolean> stop = new ArrayList<>();

  int idOf(Token token) {
    Integer id = ids.get(token.stem());
    if (id != null) {
      return id;
    }
    int fresh = stems.size();
    ids.put(token.stem(), fresh);
    stems.add(token.stem());
    stop.add(token.stopWord());
    return fresh;
  }

  /** The id of a stem, or -1 when the cluster never uses it. */
  public int find(String stem) {
    Integer id = ids.get(stem);
    return id == null ? -1 : id;
  }

  public String stem(int id) {
    return stems.get(id);
  }

  /** Whether the term was a stop word where first seen. */
  public boolean isStopWord(int id) {
    return stop.get(id);
  }

  public int size() {
    return stems.size();
  }
}
