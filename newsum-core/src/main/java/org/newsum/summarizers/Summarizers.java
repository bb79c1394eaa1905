package org.newsum.summarizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsum.NewsumException;

/**
 * The registry of summarization methods by name. {@value #DEFAULT} names the method used when
 * none is given.
 */
public final class Summarizers {
  /** The name of the method used when the user names none. */
  public static final String DEFAULT = "default";

  private static final Map<String, Supplier<Summarizer>> METHODS = new LinkedHashMap<>();

  static {
    register("lead", LeadSummarizer::new);
    register("centroid", CentroidSummarizer::new);
    register("ilp", ConceptCoverageSummarizer::new);
    register("lexrank", LexRankSummarizer::continuous);
    register("lexrank-threshold", LexRankSummarizer::thresholded);
    register("textrank", TextRankSummarizer::new);
    register("lsa", LsaSummarizer::new);
    register("sumbasic", SumBasicSummarizer::new);
    register("kl", KlSumSummarizer::new);
    register("luhn", LuhnSummarizer::new);
    register("mmr", MmrSummarizer::new);
  }

  private Summarizers() {}

  private static void register(String name, Supplier<Summarizer> factory) {
    METHODS.put(name, factory);
  }

  /** All selectable method names, {@value #DEFAULT} first. */
  public static List<String> names() {
    return Stream.concat(Stream.of(DEFAULT), METHODS.keySet().stream()).toList();
  }

  /** The method called {@code name} (case-insensitive), or a {@link NewsumException} listing the valid names. */
  public static Summarizer byName(String name) {
    String key = name == null ? DEFAULT : name.strip().toLowerCase(Locale.ROOT);
    if (key.equals(DEFAULT)) {
      return new AdaptiveSummarizer();
    }
    Supplier<Summarizer> factory = METHODS.get(key);
    if (factory == null) {
      throw new NewsumException("unknown method '" + name + "'; choose one of " + String.join(", ", names()));
    }
    return factory.get();
  }
}
