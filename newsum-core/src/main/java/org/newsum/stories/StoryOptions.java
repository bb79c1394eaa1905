package org.newsum.stories;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsum.internal.options.RecordComponents;

/**
 * The parameters of story grouping: one set for every feed (they were chosen on one file and
 * reported on all, see docs/benchmarks/stories.md). Immutable; {@link #with} changes one by name
 * (the CLI's {@code --set K=V}).
 *
 * @param threshold least cosine between an article and a story's centroid for the article to join it
 * @param windowDays within this many days of a story's dates (or when either is undated) an article
 *     joins it at {@code threshold}; beyond, the cosine needed rises with the gap (see {@code timeSlope})
 * @param titleWeight weight of a title word occurrence relative to a body word
 * @param anchorWeight extra weight of anchors: capitalized words inside a sentence (names) and numbers
 * @param articleTerms salient terms kept per article vector
 * @param centroidTerms terms kept per story centroid
 * @param queryTerms an article's top terms looked up in the inverted index to find candidate stories
 * @param maxOpenStories open stories kept at most; beyond, the least recently joined are retired
 * @param timeSlope how much the cosine needed to join rises per doubling of the time gap beyond the
 *     window (counted in windows): 0 ignores time; time is soft, so a strong content match joins
 *     across months while two events of the same kind weeks apart stay apart. The rise shrinks with
 *     the share of the similarity that comes from shared anchors (names, numbers): reports of one
 *     event share its names, two events of the same kind only topic words. Stories idle so long
 *     that no article could join them are retired
 * @param refineRounds re-assignment rounds over the open stories when they are handed out (0: the
 *     single pass as it is)
 * @param refineThreshold least cosine between an article and a story's centroid in the
 *     re-assignment (within the window; rising beyond it as for {@code threshold}): lower than
 *     {@code threshold}, because a story's centroid is a surer sign of its event than the one or
 *     two articles a story starts from in the pass
 * @param mergeThreshold least mean similarity over all article pairs of two refined stories for
 *     them to merge (average linkage, most similar pair first; within the window, rising beyond it
 *     as for {@code threshold}); the similarity is the cosine relative to the articles' nearest
 *     neighbours (see {@code neighbourNorm}). 0 merges nothing. By default the pass is strict (pure
 *     seeds, no re-assignment round) and the merge makes the stories
 * @param neighbourNorm how far the merge measures similarity relative to each article's
 *     neighbourhood: the cosine of articles i and j is divided by (n_i n_j)^(neighbourNorm / 2),
 *     n_i the cosine of i with its nearest other open article. Long articles and loose topics have
 *     low cosines with everything, short ones high; relative to the nearest neighbour the same
 *     threshold fits both. 0 uses the plain cosine
 * @param sharedNeighbours how many nearest other open articles each article lists for {@code
 *     sharedWeight} (found through the index, as for {@code neighbourNorm})
 * @param sharedWeight weight of shared nearest neighbours in the merge: to two articles' similarity
 *     it adds this times the share of their lists (each with the article itself, {@code
 *     sharedNeighbours} + 1 entries) that they have in common. Reports of one loose topic, whose
 *     cosines are low, still resemble the same other reports of it; this, not the cosine's level,
 *     is what it counts. 0 ignores neighbours' lists
 * @param pairThreshold when above 0, the merge links on a same-story model over candidate article
 *     pairs instead ({@code mergeThreshold}, {@code neighbourNorm}, {@code sharedNeighbours} and
 *     {@code sharedWeight} are then unused): the probability that two articles report one story,
 *     from where each stands in the other's list of nearest neighbours, fitted once on ECB+ and
 *     moved to the prior of the feed's own candidate pairs, so that a feed of small stories and one
 *     of large stories are each cut at their own level. Two stories merge while the mean
 *     probability over their cross pairs reaches the cut (within the window; rising beyond it as
 *     for {@code threshold}). The cut is chosen per feed, not fixed: each cut from this one up to
 *     {@code pairThresholdMax} in steps of 0.025 is tried, its prior settled by a fixed point (the
 *     EM estimate first, then: link, make the share of candidate pairs the merge joined the prior,
 *     link again, at most 8 rounds), and the merge whose B-cubed F1 the settled probabilities
 *     promise is highest is kept. With 20 open articles or fewer (too few for lists of 20 nearest
 *     neighbours to have a shape) the merge of {@code mergeThreshold} applies
 * @param neighbourTerms an article's top terms under which the pair merge posts and looks up the
 *     open articles to find each one's nearest neighbours (its candidate pairs). More than {@code
 *     queryTerms}: reports of one loose topic often share none of their ten most salient terms,
 *     and a list of nearest neighbours that misses them misjudges every pair of that article
 * @param pairThresholdMax the highest cut the pair merge tries (see {@code pairThreshold}); at or
 *     below {@code pairThreshold}, that one cut is used
 * @param embeddings whether the pair merge also reads the sentence embeddings of English articles'
 *     headlines and leads (BGE-small-en-v1.5, run on the CPU; about 60 ms of CPU per article, far
 *     more than the rest of grouping): how much closer two articles are in meaning than each is to
 *     its closest candidates. Reports of one event with different words come closer, and reports
 *     of two events of one ongoing topic move apart. A pair of which either article has no
 *     embedding (not English, or this off) is judged on its terms alone. Only the pair merge reads
 *     them: with {@code pairThreshold} 0 none are made
 */
public record StoryOptions(double threshold, int windowDays, double titleWeight, double anchorWeight,
    int articleTerms, int centroidTerms, int queryTerms, int maxOpenStories, double timeSlope, int refineRounds, double refineThreshold,
    double mergeThreshold, double neighbourNorm, int sharedNeighbours, double sharedWeight, double pairThreshold,
    int neighbourTerms, double pairThresholdMax, boolean embeddings) implements Serializable {
  private static final long serialVersionUID = 7L;

  /** The parameters of docs/benchmarks/stories.md (chosen on ecbplus; the pair merge's cut is worked out per feed). */
  public static final StoryOptions DEFAULT = new StoryOptions(0.50, 7, 2.0, 2.5, 120, 360, 10, 50_000, 0.03, 0, 0.22, 0.44, 0.8, 12, 0.1, 0.25, 30, 0.5, true);

  public StoryOptions {
    check(threshold > 0 && threshold <= 1, "threshold", "in (0, 1]");
    check(windowDays >= 0, "windowDays", ">= 0");
    check(titleWeight >= 0, "titleWeight", ">= 0");
    check(anchorWeight >= 1, "anchorWeight", ">= 1");
    check(articleTerms >= 1, "articleTerms", ">= 1");
    check(centroidTerms >= 1, "centroidTerms", ">= 1");
    check(queryTerms >= 1, "queryTerms", ">= 1");
    check(maxOpenStories >= 1, "maxOpenStories", ">= 1");
    check(timeSlope >= 0, "timeSlope", ">= 0");
    check(refineRounds >= 0, "refineRounds", ">= 0");
    check(refineThreshold > 0 && refineThreshold <= 1, "refineThreshold", "in (0, 1]");
    check(mergeThreshold >= 0 && mergeThreshold <= 1, "mergeThreshold", "in [0, 1]");
    check(neighbourNorm >= 0 && neighbourNorm <= 2, "neighbourNorm", "in [0, 2]");
    check(sharedNeighbours >= 1 && sharedNeighbours <= 64, "sharedNeighbours", "in [1, 64]");
    check(sharedWeight >= 0 && sharedWeight <= 1, "sharedWeight", "in [0, 1]");
    check(pairThreshold >= 0 && pairThreshold < 1, "pairThreshold", "in [0, 1)");
    check(neighbourTerms >= 1, "neighbourTerms", ">= 1");
    check(pairThresholdMax >= 0 && pairThresholdMax < 1, "pairThresholdMax", "in [0, 1)");
  }

  private static boolean parseBoolean(String name, String value, String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("story parameter '" + name + "': not true or false: '" + value + "'");
    };
  }

  private static void check(boolean ok, String name, String expected) {
    if (!ok) {
      throw new IllegalArgumentException(name + " must be " + expected);
    }
  }

  /** The parameters by name, in declaration order (what {@link #with} accepts). */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String name : RecordComponents.names(StoryOptions.class)) {
      map.put(name, String.valueOf(RecordComponents.value(this, name)));
    }
    return map;
  }

  /**
   * These options with one parameter changed.
   *
   * @throws IllegalArgumentException naming the parameter when the name is unknown or the value
   *     is not a value of its kind (a number in its range, or true or false)
   */
  public StoryOptions with(String name, String value) {
    List<String> names = RecordComponents.names(StoryOptions.class);
    if (!names.contains(name)) {
      throw new IllegalArgumentException("unknown story parameter '" + name + "' (known: "
          + String.join(", ", names) + ")");
    }
    String text = value.strip();
    Object parsed;
    try {
      Class<?> type = RecordComponents.type(StoryOptions.class, name);
      if (type == boolean.class) {
        parsed = parseBoolean(name, value, text);
      } else if (type == int.class) {
        parsed = Integer.parseInt(text.toLowerCase(Locale.ROOT).replace("_", ""));
      } else {
        parsed = Double.parseDouble(text);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("story parameter '" + name + "': not a number: '" + value + "'");
    }
    return RecordComponents.with(this, name, parsed);
  }
}
