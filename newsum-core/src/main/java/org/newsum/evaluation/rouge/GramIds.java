package org.newsum.evaluation.rouge;

import java.util.Arrays;

/**
 * Dense int ids for long keys (open addressing, no boxing): gives every distinct n-gram of one
 * scoring call a small id so counts live in plain int arrays.
 */
final class GramIds {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int[] ids;
  private int size;

  GramIds(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    ids = new int[capacity];
    Arrays.fill(keys, EMPTY);
  }

  /** The id of {@code key}, assigning the next id if it is new. */
  int idOf(long key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ids[slot] = size;
    if (++size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  /** How many ids were given. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = mix(oldKeys[i]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
