package org.newsum.internal.summarizers;

import java.util.regex.Pattern;

/**
 * Recognizes sentences of expectation or speculation. Two kinds: forecasts, in future tense
 * ("will", "is expected to", "is likely to", "is set to", "let's wait") or framed as before an
 * event ("ahead of", "in advance of", "heading into", "anticipated"), which is what a preview of
 * an event is made of; and anticipation told after the fact or hedged ("going into the meeting",
 * "expectations", "a low bar", "long-awaited", "what is at stake", "probably", "might", "may be",
 * "due to take place"; "may" only in lower case, not the month or the name), which
 * a report recalls when it looks back at the preview. Once the event has happened, reports of it
 * say what it produced; a summary of a cluster that holds both should tell that, not what was
 * expected. English; words are matched case-insensitively.
 */
public final class Speculation {
  private static final Pattern FORECAST = Pattern.compile(
      "\\b(?:will|won['\u2019]t|shall|(?:is|are|was|were) (?:expected|likely|set|due|poised|slated|unlikely) to"
          + "|(?:is|are) (?:going|about) to|expects? to|plans? to|let['\u2019]s wait|let us wait"
          + "|ahead of|in advance of|heading into|anticipated)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANTICIPATION = Pattern.compile(
      "\\b(?:going into|in the run-up to|on the eve of|expectations?|(?:low|high) bar|(?:long-|eagerly )?awaited"
          + "|anticipation|at stake|(?:un)?likely|probably|might|(?-i:may) (?:well|be|become|prove)"
          + "|due to (?:take place|begin|start|meet|open|be held)|hop(?:es?|ing) (?:to|for|that))\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern OUTCOME = Pattern.compile(
      "\\b(?:agreed|reached|lasted|signed|accepted|rejected|approved|pressed|discussed|announced|concluded|ended"
          + "|decided|struck|settled|resolved|voted|won|(?:said|told reporters) after)\\b",
      Pattern.CASE_INSENSITIVE);

  private Speculation() {}

  /**
   * Whether {@code sentence} states a forecast: what is expected to happen, in future tense or
   * framed as before the event. A day it names ("on Friday") lies ahead of its writing.
   */
  public static boolean isForecast(String sentence) {
    return FORECAST.matcher(sentence).find();
  }

  /** Whether {@code sentence} states a forecast, an expectation or a guess rather than what happened. */
  public static boolean isSpeculative(String sentence) {
    return isForecast(sentence) || ANTICIPATION.matcher(sentence).find();
  }

  /**
   * Whether {@code sentence} states an outcome, what an event produced: a verb of result in the
   * past ("agreed", "reached", "lasted", "signed", "rejected") or what was said "after the
   * meeting", and no forecast or expectation.
   */
  public static boolean isOutcome(String sentence) {
    return OUTCOME.matcher(sentence).find() && !isSpeculative(sentence);
  }
}
