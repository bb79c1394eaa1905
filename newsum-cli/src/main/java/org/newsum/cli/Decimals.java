package org.newsum.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point formatting that rounds like Python's {@code "%.5f"} (the exact binary value, ties
 * to even), so printed scores are character-for-character those of rouge.py; Java's
 * {@code String.format} rounds ties up (0.015625 → 0.01563 where Python prints 0.01562).
 */
final class Decimals {
  private Decimals() {}

  /** {@code value} with {@code places} decimals. */
  static String fixed(double value, int places) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }
}
