package org.newsum.summarizers;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.newsum.internal.options.RecordComponents;
import org.newsum.summarizers.MethodOption.Range;
import org.newsum.summarizers.MethodOption.Type;

/**
 * How an options record exposes one of its components by name: the option's type, range and
 * description, and how to read and replace it. The option's default is read from the record's
 * defaults, so it is written once.
 *
 * @param <O> the options record
 */
record Knob<O>(String name, Type type, Range range, String description, ToDoubleFunction<O> get, Setter<O> set) {
  private static final Range MIN_WORDS_RANGE = Range.closed(1, 1000);
  private static final String MIN_WORDS_DESCRIPTION =
      "shortest sentence a summary may contain, in words (shorter ones are fragments: headlines, bylines, captions)";

  /** Replaces one component of an options record. */
  @FunctionalInterface
  interface Setter<O> {
    O set(O options, double value);
  }

  /** The int (or boolean, as 1 or 0) component {@code name} of {@code options}, an option of the same name. */
  static <O extends Record> Knob<O> integer(Class<O> options, String name, Range range, String description) {
    return component(options, name, Type.INTEGER, range, description);
  }

  /** The double component {@code name} of {@code options}, an option of the same name. */
  static <O extends Record> Knob<O> decimal(Class<O> options, String name, Range range, String description) {
    return component(options, name, Type.DECIMAL, range, description);
  }

  /** The eligibility option every method has ({@link MethodOptions#minWords()}), component {@code minWords}. */
  static <O extends Record> Knob<O> minWords(Class<O> options) {
    return integer(options, "minWords", MIN_WORDS_RANGE, MIN_WORDS_DESCRIPTION);
  }

  /** The eligibility option of a record that sets it on its parts ({@link DefaultOptions}). */
  static <O extends MethodOptions> Knob<O> minWords(Setter<O> set) {
    return new Knob<>("minWords", Type.INTEGER, MIN_WORDS_RANGE, MIN_WORDS_DESCRIPTION, MethodOptions::minWords, set);
  }

  /**
   * The redundancy option of the methods that fill a budget greedily ({@link GreedySelector}),
   * component {@code maxSimilarity}.
   */
  static <O extends Record> Knob<O> maxSimilarity(Class<O> options) {
    return decimal(options, "maxSimilarity", Range.openClosed(0, 1),
        "content-word cosine from which a sentence repeats one already chosen and is left out");
  }

  /** An option of a part ({@code P}) of an options record {@code O}, under the same name. */
  static <O, P> Knob<O> of(Knob<P> inner, Function<O, P> part, BiFunction<O, P, O> withPart) {
    return new Knob<>(inner.name(), inner.type(), inner.range(), inner.description(),
        o -> inner.get().applyAsDouble(part.apply(o)), (o, v) -> withPart.apply(o, inner.set().set(part.apply(o), v)));
  }

  /** This option described, with its default read from {@code defaults}. */
  MethodOption describe(O defaults) {
    return new MethodOption(name, type, get.applyAsDouble(defaults), range, description);
  }

  /** Component {@code name} of {@code options} (an int, a double, or a boolean as 1 or 0), read and replaced by name. */
  private static <O extends Record> Knob<O> component(Class<O> options, String name, Type type, Range range,
      String description) {
    Class<?> componentType = RecordComponents.type(options, name);
    return new Knob<>(name, type, range, description, o -> number(RecordComponents.value(o, name)),
        (o, v) -> RecordComponents.with(o, name, ofType(componentType, v)));
  }

  private static double number(Object value) {
    if (value instanceof Boolean on) {
      return on ? 1 : 0;
    }
    return ((Number) value).doubleValue();
  }

  private static Object ofType(Class<?> type, double value) {
    if (type == int.class) {
      return (int) value;
    }
    if (type == boolean.class) {
      return value != 0;
    }
    return value;
  }
}
