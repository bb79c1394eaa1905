package org.newsum.cli;

import java.util.Optional;
import org.newsum.SummaryRequest;
import org.newsum.model.Budget;
import picocli.CommandLine.Option;

/** The mutually exclusive length options shared by the commands that summarize. */
public final class BudgetOptions {
  @Option(names = "--words", paramLabel = "N", description = "Summary length in words (the default unit; 100 words when no length is given).")
  Integer words;

  @Option(names = "--bytes", paramLabel = "N", description = "Summary length in UTF-8 bytes.")
  Integer bytes;

  @Option(names = "--sentences", paramLabel = "N", description = "Summary length in sentences.")
  Integer sentences;

  @Option(names = "--chars", paramLabel = "N",
      description = "Summary length in characters, white space not counted (for Chinese and Japanese).")
  Integer chars;

  /** Whether the user gave a length. */
  public boolean isGiven() {
    return chosen().isPresent();
  }

  /** The chosen budget, {@link SummaryRequest#DEFAULT_BUDGET} when none was given. */
  public Budget budget() {
    return chosen().orElse(SummaryRequest.DEFAULT_BUDGET);
  }

  private Optional<Budget> chosen() {
    return Budget.ofOneGiven(words, bytes, sentences, chars);
  }
}
