package org.newsum.evaluation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsum.NewsumException;
import org.newsum.evaluation.rouge.RougeOptions;
import org.newsum.model.Budget;

/**
 * The published evaluation settings of the benchmark data sets: summary length and the ROUGE
 * options the literature reports (all stemmed, stop words kept).
 */
public enum Protocol {
  /** DUC 2004 task 2: 100 words, {@code -n 4 -m -l 100}; ROUGE-1/2/4 recall reported. */
  DUC2004(Budget.words(100), RougeOptions.duc2004()),
  /** DUC 2006: 250 words, {@code -n 2 -m -l 250 --su 4}; ROUGE-2 and SU4 recall reported. */
  DUC2006(Budget.words(250), RougeOptions.duc2006()),
  /**
   * DUC 2007 update task: 100 words, {@code -n 2 -m -l 100 --su 4}; ROUGE-2 and SU4 recall
   * reported. Each cluster's {@code history} holds the documents already read.
   */
  DUC2007UPDATE(Budget.words(100), RougeOptions.duc2006().withWordLimit(100)),
  /** Multi-News: 260 words, {@code -n 2 -m --su 4} (no truncation); ROUGE-1/2/SU4/L F1 reported. */
  MULTINEWS(Budget.words(260), RougeOptions.multiNews());

  private final Budget budget;
  private final RougeOptions rouge;

  Protocol(Budget budget, RougeOptions rouge) {
    this.budget = budget;
    this.rouge = rouge;
  }

  /** The summary length of the protocol. */
  public Budget budget() {
    return budget;
  }

  /** The ROUGE options of the protocol, as published. */
  public RougeOptions rouge() {
    return rouge;
  }

  /** The protocol called {@code name} (case-insensitive, e.g. {@code duc2004}). */
  public static Protocol byName(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NewsumException("unknown protocol '" + name + "'; choose one of "
          + Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
  }
}
