package org.newsum.internal.text;

/**
 * A map from non-negative int keys (below {@link Integer#MAX_VALUE}) to int values with open addressing on primitive arrays: no
 * boxing, no entry objects. Used to give the terms of one cluster dense ids.
 */
public final class IntIntMap {
  /** What {@link #get} returns for an absent key. */
  public static final int ABSENT = -1;

  /** Key + 1 in each slot, 0 for an empty one (so a fresh array needs no filling). */
  private int[] keys;
  private int[] values;
  private int size;

  public IntIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, 2 * expected) - 1) << 1;
    keys = new int[capacity];
    values = new int[capacity];
  }

  /** The value of {@code key}, or {@link #ABSENT}. */
  public int get(int key) {
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == key + 1) {
        return values[slot];
      }
      if (keys[slot] == 0) {
        return ABSENT;
      }
    }
  }

  /** The value of {@code key}; an absent key gets the value {@link #size()} (dense ids in order of first sight). */
  public int getOrAddNext(int key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == key + 1) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key + 1;
    int value = size++;
    values[slot] = value;
    if (2 * size > keys.length) {
      grow();
    }
    return value;
  }

  public int size() {
    return size;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[2 * oldKeys.length];
    values = new int[keys.length];
    int mask = keys.length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != 0) {
        int slot = mix(oldKeys[k] - 1) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[k];
        values[slot] = oldValues[k];
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
