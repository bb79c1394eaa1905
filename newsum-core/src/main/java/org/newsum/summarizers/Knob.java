package org.newsum.summarizers;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
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
  /** Replaces one component of an options record. */
  @FunctionalInterface
  interface Setter<O> {
    O set(O options, double value);
  }

  static <O> Knob<O> integer(String name, Range range, String description, ToDoubleFunction<O> get,
      Setter<O> set) {
    return new Knob<>(name, Type.INTEGER, range, description, get, set);
  }

  static <O> Knob<O> decimal(String name, Range range, String description, ToDoubleFunction<O> get,
      Setter<O> set) {
    return new Knob<>(name, Type.DECIMAL, range, description, get, set);
  }

  /** The eligibility option every method has ({@link MethodOptions#minWords()}). */
  static <O extends MethodOptions> Knob<O> minWords(Setter<O> set) {
    return integer("minWords", Range.closed(1, 1000),
        "shortest sentence a summary may contain, in words (shorter ones are fragments: headlines, bylines, captions)",
        MethodOptions::minWords, set);
  }

  /** The redundancy option of the methods that fill a budget greedily ({@link GreedySelector}). */
  static <O> Knob<O> maxSimilarity(ToDoubleFunction<O> get, Setter<O> set) {
    return decimal("maxSimilarity", Range.openClosed(0, 1),
        "content-word cosine from which a sentence repeats one already chosen and is left out", get, set);
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
}
