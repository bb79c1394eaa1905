package org.newsum.internal.text;

import java.util.Arrays;

/**
 * A map from non-negative long keys (below {@link Long#MAX_VALUE}) to dense int ids in order of
 * first sight, with open addressing on primitive arrays: no boxing, no entry objects. Gives
 * bigram concepts and ROUGE n-grams small ids so that their counts live in plain int arrays.
 */
public final class LongIntMap {
  private static final long EMPTY = 0;

  /** Key + 1 in each slot, {@link #EMPTY} for an empty one (so a fresh array needs no filling). */
  private long[] keys;
  private int[] values;
  private int size;

  public LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, 2 * expected) - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
  }

  /** The id of {@code key}; an absent key gets the id {@link #size()}. */
  public int idOf(long key) {
    long stored = key + 1;
    int slot = slot(stored);
    if (keys[slot] == stored) {
      return values[slot];
    }
    keys[slot] = stored;
    int id = size++;
    values[slot] = id;
    if (2 * size > keys.length) {
      grow();
    }
    return id;
  }

  /** The id of {@code key}, or -1 when it has none (nothing is added). */
  public int get(long key) {
    long stored = key + 1;
    int slot = slot(stored);
    return keys[slot] == stored ? values[slot] : -1;
  }

  /** The slot holding {@code stored} (a key + 1), or the empty slot where it would go. */
  private int slot(long stored) {
    int mask = keys.length - 1;
    int slot = mix(stored) & mask;
    while (keys[slot] != EMPTY && keys[slot] != stored) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  public int size() {
    return size;
  }

  /** Empties the map and keeps its capacity: a table reused for batch after batch stays in cache. */
  public void clear() {
    Arrays.fill(keys, EMPTY);
    size = 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[2 * oldKeys.length];
    values = new int[keys.length];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != EMPTY) {
        int slot = slot(oldKeys[k]); // an empty one: the keys are distinct
        keys[slot] = oldKeys[k];
        values[slot] = oldValues[k];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
