package org.newsum.internal.text;

import java.util.Arrays;

/** A growable list of primitive ints, reused across calls to keep hot loops free of boxing and allocation. */
public final class IntList {
  private int[] values;
  private int size;

  public IntList() {
    this(64);
  }

  /** An empty list with room for {@code capacity} values before it grows. */
  public IntList(int capacity) {
    values = new int[Math.max(1, capacity)];
  }

  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, 2 * size);
    }
    values[size++] = value;
  }

  /** Appends {@code other[from, to)}. */
  public void addAll(IntList other, int from, int to) {
    int count = to - from;
    if (size + count > values.length) {
      values = Arrays.copyOf(values, Math.max(2 * values.length, size + count));
    }
    System.arraycopy(other.values, from, values, size, count);
    size += count;
  }

  public int get(int index) {
    return values[index];
  }

  public void set(int index, int value) {
    values[index] = value;
  }

  public int size() {
    return size;
  }

  /** Keeps the first {@code size} values ({@code 0 <= size <= size()}). */
  public void truncate(int size) {
    if (size < 0 || size > this.size) {
      throw new IndexOutOfBoundsException(size);
    }
    this.size = size;
  }

  public void clear() {
    size = 0;
  }

  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
