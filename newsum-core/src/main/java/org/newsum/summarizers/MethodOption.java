package org.newsum.summarizers;

import java.math.BigDecimal;
import java.util.Locale;
import org.newsum.NewsumException;

/**
 * One option of a summarization method as front ends list and set it ({@code --set name=value},
 * {@code "options": {name: value}}): its name, type, default, valid range and a one-line
 * description. Listed by {@link Summarizers#describe()}; values are parsed by {@link #parse}.
 *
 * @param name the name the option is set by, e.g. {@code "lambda"}
 * @param type whole number or decimal
 * @param defaultValue the method's default
 * @param range the valid values
 * @param description what the option does, in one line
 */
public record MethodOption(String name, Type type, double defaultValue, Range range, String description) {
  /** What values an option takes. */
  public enum Type {
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL
  }

  /**
   * An interval of valid values; {@code max} may be {@link Double#POSITIVE_INFINITY}.
   *
   * @param min the lower bound
   * @param minIncluded whether {@code min} itself is valid
   * @param max the upper bound
   * @param maxIncluded whether {@code max} itself is valid
   */
  public record Range(double min, boolean minIncluded, double max, boolean maxIncluded) {
    /** {@code [min, max]}. */
    public static Range closed(double min, double max) {
      return new Range(min, true, max, true);
    }

    /** {@code [min, max)}. */
    public static Range closedOpen(double min, double max) {
      return new Range(min, true, max, false);
    }

    /** {@code (min, max]}. */
    public static Range openClosed(double min, double max) {
      return new Range(min, false, max, true);
    }

    /** {@code min} or more. */
    public static Range atLeast(double min) {
      return new Range(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** More than {@code min}. */
    public static Range greaterThan(double min) {
      return new Range(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(double value) {
      return (minIncluded ? value >= min : value > min) && (maxIncluded ? value <= max : value < max);
    }

    /** E.g. {@code [0, 1)}, {@code at least 1}, {@code greater than 0}. */
    @Override
    public String toString() {
      if (Double.isInfinite(max)) {
        return (minIncluded ? "at least " : "greater than ") + format(min);
      }
      return (minIncluded ? "[" : "(") + format(min) + ", " + format(max) + (maxIncluded ? "]" : ")");
    }
  }

  public MethodOption {
    if (!range.contains(defaultValue)) {
      throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + range);
    }
  }

  /**
   * Parses and checks a value given as text.
   *
   * @param method the method the option belongs to, for the error message
   * @throws NewsumException naming the option, the method and the valid range if {@code value}
   *     is not a number of the option's type within its range
   */
  public double parse(String method, String value) {
    double parsed;
    try {
      String text = value.strip();
      parsed = type == Type.INTEGER ? Long.parseLong(text) : Double.parseDouble(text);
    } catch (NumberFormatException | NullPointerException e) {
      parsed = Double.NaN;
    }
    if (Double.isNaN(parsed) || !range.contains(parsed)) {
      throw invalid(method, name, type, range, "'" + value + "'");
    }
    return parsed;
  }

  /** The error for a value {@code given} that is not valid for an option. */
  static NewsumException invalid(String method, String name, Type type, Range range, String given) {
    return new NewsumException("option '" + name + "' of method '" + method + "' must be "
        + (type == Type.INTEGER ? "a whole number" : "a number") + (Double.isInfinite(range.max()) ? " " : " in ") + range
        + ", got " + given);
  }

  /** {@code value} as the option's type: an {@link Integer} or a {@link Double} (for JSON and provenance). */
  public Number box(double value) {
    return type == Type.INTEGER ? (Number) (int) value : (Number) value;
  }

  /** The default as users write it, e.g. {@code 5} or {@code 0.85}. */
  public String defaultText() {
    return format(defaultValue);
  }

  /** A number without a needless fraction or exponent: {@code 5}, {@code 0.85}. */
  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%d", (long) value)
        : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
