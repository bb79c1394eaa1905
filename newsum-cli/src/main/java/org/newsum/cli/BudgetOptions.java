package org.newsum.cli;

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
    return words != null || bytes != null || sentences != null || chars != null;
  }

  /** The chosen budget, {@link SummaryRequest#DEFAULT_BUDGET} when none was given. */
  public Budget budget() {
    if (bytes != null) {
      return Budget.bytes(bytes);
    }
    if (sentences != null) {
      return Budget.sentences(sentences);
    }
    if (chars != null) {
      return Budget.characters(chars);
    }
    return words != null ? Budget.words(words) : SummaryRequest.DEFAULT_BUDGET;
  }
}
