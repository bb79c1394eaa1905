package org.newsum.internal.summarizers;

import java.util.regex.Pattern;

/**
 * Recognizes sentences of expectation or speculation: future tense and forecasts ("will", "is
 * expected to", "is likely to", "is set to", "let's wait") and the preview's own framing ("ahead
 * of", "in advance of", "heading into", "anticipated"), which a preview of an event is made of.
 * Once the event has happened, reports of it say what it produced; a summary of a cluster that holds both
 * should tell that, not what was expected. English; words are matched case-insensitively.
 */
public final class Speculation {
  private static final Pattern FORECAST = Pattern.compile(
      "\\b(?:will|won['\u2019]t|shall|(?:is|are|was|were) (?:expected|likely|set|due|poised|slated|unlikely) to"
          + "|(?:is|are) (?:going|about) to|expects? to|plans? to|let['\u2019]s wait|let us wait"
          + "|ahead of|in advance of|heading into|anticipated)\\b",
      Pattern.CASE_INSENSITIVE);

  private Speculation() {}

  /** Whether {@code sentence} states an expectation or forecast rather than what happened. */
  public static boolean isSpeculative(String sentence) {
    return FORECAST.matcher(sentence).find();
  }
}
