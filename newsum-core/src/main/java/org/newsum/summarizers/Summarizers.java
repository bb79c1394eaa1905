package org.newsum.summarizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsum.NewsumException;

/**
 * The registry of summarization methods by name, each with its {@linkplain MethodOptions options}
 * and their descriptions. {@value #DEFAULT} names the method used when none is given.
 */
public final class Summarizers {
  /** The name of the method used when the user names none. */
  public static final String DEFAULT = "default";

  private static final Map<String, Method<?>> METHODS = new LinkedHashMap<>();

  static {
    register("concept coverage (ilp) on most clusters, thresholded LexRank on generic clusters of few documents",
        DefaultOptions.defaults(), DefaultOptions.KNOBS);
    register("first sentences of each document in turn", LeadOptions.defaults(), LeadOptions.KNOBS);
    register("MEAD centroid (Radev et al., 2004): centroid, position and first-sentence overlap",
        CentroidOptions.defaults(), CentroidOptions.KNOBS);
    register("concept coverage (Gillick & Favre, 2009), solved by branch and bound", ConceptCoverageOptions.defaults(),
        ConceptCoverageOptions.KNOBS);
    register("LexRank (Erkan & Radev, 2004): centrality in the cosine-weighted sentence graph",
        LexRankOptions.continuous(), LexRankOptions.CONTINUOUS_KNOBS);
    register("thresholded LexRank: centrality in the graph of cosines above a threshold",
        LexRankOptions.thresholded(), LexRankOptions.THRESHOLDED_KNOBS);
    register("TextRank (Mihalcea & Tarau, 2004): PageRank over length-normalized word overlap",
        TextRankOptions.defaults(), TextRankOptions.KNOBS);
    register("LSA (Steinberger & Ježek, 2004): sentence length in the latent topic space", LsaOptions.defaults(),
        LsaOptions.KNOBS);
    register("SumBasic (Nenkova & Vanderwende, 2005): word probabilities, squared once used",
        SumBasicOptions.defaults(), SumBasicOptions.KNOBS);
    register("KL-Sum (Haghighi & Vanderwende, 2009): lowest KL divergence from the cluster's words",
        KlSumOptions.defaults(), KlSumOptions.KNOBS);
    register("Luhn (1958): clusters of significant words", LuhnOptions.defaults(), LuhnOptions.KNOBS);
    register("MMR (Carbonell & Goldstein, 1998): relevance minus redundancy", MmrOptions.defaults(), MmrOptions.KNOBS);
  }

  private Summarizers() {}

  /** A registered method: its description, defaults and options. */
  private record Method<O extends MethodOptions>(String description, O defaults, List<Knob<O>> knobs) {
    MethodDescription describe() {
      return new MethodDescription(defaults.method(), description, knobs.stream().map(k -> k.describe(defaults)).toList());
    }

    Knob<O> knob(String name) {
      for (Knob<O> k : knobs) {
        if (k.name().equals(name)) {
          return k;
        }
      }
      throw new NewsumException("method '" + defaults.method() + "' has no option '" + name + "'; its options are "
          + knobs.stream().map(Knob::name).collect(Collectors.joining(", ")));
    }

    @SuppressWarnings("unchecked") // options of this method are of type O: registered by their method name
    O cast(MethodOptions options) {
      return (O) options;
    }
  }

  private static <O extends MethodOptions> void register(String description, O defaults, List<Knob<O>> knobs) {
    METHODS.put(defaults.method(), new Method<>(description, defaults, knobs));
  }

  /** All selectable method names, {@value #DEFAULT} first. */
  public static List<String> names() {
    return List.copyOf(METHODS.keySet());
  }

  /** Every method with its options, {@value #DEFAULT} first. */
  public static List<MethodDescription> describe() {
    return METHODS.values().stream().map(Method::describe).toList();
  }

  /** The method called {@code name} (case-insensitive) with its options. */
  public static MethodDescription describe(String name) {
    return method(name).describe();
  }

  /**
   * The default options of the method called {@code name} (case-insensitive; {@code null} for
   * {@value #DEFAULT}).
   *
   * @throws NewsumException listing the valid names if there is no such method
   */
  public static MethodOptions options(String name) {
    return method(name).defaults();
  }

  /** The method called {@code name} with its default options, or a {@link NewsumException} listing the valid names. */
  public static Summarizer byName(String name) {
    return options(name).summarizer();
  }

  /**
   * The default options of {@code method} with the options given by name set from text, in order.
   *
   * @throws NewsumException for an unknown method, option or value, naming it and the valid range
   */
  public static MethodOptions options(String method, Map<String, String> settings) {
    return options(method).with(settings);
  }

  /** Whether the method called {@code method} has an option called {@code option}. */
  public static boolean hasOption(String method, String option) {
    return method(method).knobs().stream().anyMatch(k -> k.name().equals(option));
  }

  /** See {@link MethodOptions#with}. */
  static MethodOptions with(MethodOptions options, String name, String value) {
    return set(METHODS.get(options.method()), options, name, value);
  }

  private static <O extends MethodOptions> MethodOptions set(Method<O> method, MethodOptions options, String name,
      String value) {
    Knob<O> knob = method.knob(name == null ? "" : name.strip());
    double parsed = knob.describe(method.defaults()).parse(options.method(), value);
    return knob.set().set(method.cast(options), parsed);
  }

  /** See {@link MethodOptions#values}. */
  static Map<String, Number> values(MethodOptions options) {
    return values(METHODS.get(options.method()), options);
  }

  private static <O extends MethodOptions> Map<String, Number> values(Method<O> method, MethodOptions options) {
    Map<String, Number> values = new LinkedHashMap<>();
    for (Knob<O> k : method.knobs()) {
      values.put(k.name(), k.describe(method.defaults()).box(k.get().applyAsDouble(method.cast(options))));
    }
    return values;
  }

  /**
   * Checks option values against their ranges (for the records' constructors, which cannot use
   * their own accessors yet): {@code values} in the order of {@code knobs}.
   *
   * @throws NewsumException naming the first option out of range, the method and the range
   */
  static <O> void check(String method, List<Knob<O>> knobs, double... values) {
    for (int i = 0; i < values.length; i++) {
      Knob<O> k = knobs.get(i);
      double v = values[i];
      if (Double.isNaN(v) || !k.range().contains(v)) {
        throw MethodOption.invalid(method, k.name(), k.type(), k.range(), MethodOption.format(v));
      }
    }
  }

  private static Method<?> method(String name) {
    String key = name == null ? DEFAULT : name.strip().toLowerCase(Locale.ROOT);
    Method<?> method = METHODS.get(key);
    if (method == null) {
      throw new NewsumException("unknown method '" + name + "'; choose one of " + String.join(", ", names()));
    }
    return method;
  }
}
