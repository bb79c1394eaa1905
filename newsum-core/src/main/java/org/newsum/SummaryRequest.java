package org.newsum;

import java.util.List;
import java.util.Map;
import org.newsum.model.Budget;
import org.newsum.model.Document;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizers;

/**
 * What to make of a cluster: the method with its options, the length, an optional query, whether
 * to clean, and optionally what the reader has already read (an update summary). Immutable;
 * build one with {@link #of(String, Budget)} and the {@code with} methods, e.g.
 *
 * <pre>{@code
 * SummaryRequest request = SummaryRequest.of("mmr", Budget.words(100)).withOption("lambda", "0.7");
 * Summary s = Newsum.standard().summarize(cluster, request);
 * }</pre>
 *
 * @param options the method and its options ({@link MethodOptions#method()} names the method)
 * @param budget how long the summary may be
 * @param query what the reader wants to know, replacing the cluster's own query; {@code null}
 *     keeps the cluster's
 * @param clean whether page furniture (menus, ads, footers) is removed before analysis
 * @param history documents the reader has already read, replacing the cluster's own {@linkplain
 *     org.newsum.model.Cluster#history() history}: the summary says what the cluster adds to them;
 *     empty keeps the cluster's
 */
public record SummaryRequest(MethodOptions options, Budget budget, String query, boolean clean, List<Document> history) {
  /** The length when none is given: 100 words. */
  public static final Budget DEFAULT_BUDGET = Budget.words(100);

  public SummaryRequest {
    if (options == null) {
      throw new NewsumException("the request names no method options");
    }
    if (budget == null) {
      throw new NewsumException("the request has no budget");
    }
    query = query == null || query.isBlank() ? null : query;
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A request that keeps the cluster's own history. */
  public SummaryRequest(MethodOptions options, Budget budget, String query, boolean clean) {
    this(options, budget, query, clean, List.of());
  }

  /**
   * The method called {@code method} (case-insensitive; {@code null} for the default) with its
   * default options, cleaning, and the cluster's own query.
   *
   * @throws NewsumException if there is no such method
   */
  public static SummaryRequest of(String method, Budget budget) {
    return of(Summarizers.options(method), budget);
  }

  /** The method and options {@code options} describe, cleaning, and the cluster's own query. */
  public static SummaryRequest of(MethodOptions options, Budget budget) {
    return new SummaryRequest(options, budget, null, true);
  }

  /** The default method with its default options and {@link #DEFAULT_BUDGET}. */
  public static SummaryRequest defaults() {
    return of(Summarizers.DEFAULT, DEFAULT_BUDGET);
  }

  /** The name of the method. */
  public String method() {
    return options.method();
  }

  /**
   * This request with the option called {@code name} set from text.
   *
   * @throws NewsumException naming the option, the method and the valid range when the method has
   *     no such option or the value is not valid
   */
  public SummaryRequest withOption(String name, String value) {
    return withOptions(options.with(name, value));
  }

  /** This request with each option of {@code settings} set, in order (see {@link #withOption}). */
  public SummaryRequest withOptions(Map<String, String> settings) {
    return withOptions(options.with(settings));
  }

  /** This request with other method options (possibly of another method). */
  public SummaryRequest withOptions(MethodOptions other) {
    return new SummaryRequest(other, budget, query, clean, history);
  }

  /** This request with another length. */
  public SummaryRequest withBudget(Budget other) {
    return new SummaryRequest(options, other, query, clean, history);
  }

  /** This request asking about {@code otherQuery} ({@code null}: the cluster's own query). */
  public SummaryRequest withQuery(String otherQuery) {
    return new SummaryRequest(options, budget, otherQuery, clean, history);
  }

  /** This request with cleaning on or off. */
  public SummaryRequest withClean(boolean on) {
    return new SummaryRequest(options, budget, query, on, history);
  }

  /**
   * This request for a reader who has already read {@code read}: the summary should tell what
   * the cluster adds and not repeat them (empty: the cluster's own history).
   */
  public SummaryRequest withHistory(List<Document> read) {
    return new SummaryRequest(options, budget, query, clean, read);
  }
}
