package org.newsum.stories;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.newsum.internal.stories.ArticleSigner;
import org.newsum.model.Document;

/**
 * What story grouping needs of an article, computed from the article alone (so in parallel,
 * e.g. on Spark executors): its id, date, headline, and its terms (Porter stems of its content
 * words) with their occurrence weights (title and anchor occurrences weigh more, see {@link
 * StoryOptions}). The grouper turns it into a tf-idf vector with the document frequencies of the
 * feed so far, so grouping signatures gives exactly the stories that grouping the articles does.
 *
 * @param id the article's id
 * @param date its publication date, or {@code null}
 * @param headline its title, else its opening words
 * @param titled whether {@code headline} is a real title
 * @param terms distinct stems, in order of first occurrence
 * @param weights the summed occurrence weight of each term, parallel to {@code terms}
 * @param anchors whether each term is mostly an anchor here (a name or a number: more of its weight
 *     comes from anchor occurrences than from others), parallel to {@code terms}
 * @param embedding the unit sentence embedding of the article's headline and lead (see {@link
 *     StoryOptions#embeddings}), or empty: for an article that is not in English, or when
 *     embeddings are off
 */
public record ArticleSignature(String id, LocalDate date, String headline, boolean titled, String[] terms,
    double[] weights, boolean[] anchors, float[] embedding) implements Serializable {
  private static final long serialVersionUID = 2L;

  public ArticleSignature {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(embedding, "embedding");
    if (terms.length != weights.length || terms.length != anchors.length) {
      throw new IllegalArgumentException(terms.length + " terms but " + weights.length + " weights and "
          + anchors.length + " anchor flags");
    }
  }

  /** The signature of an article under the weights of {@code options}. */
  public static ArticleSignature of(Document article, StoryOptions options) {
    return ArticleSigner.sign(article, options);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ArticleSignature s && id.equals(s.id) && Objects.equals(date, s.date)
        && headline.equals(s.headline) && titled == s.titled && Arrays.equals(terms, s.terms)
        && Arrays.equals(weights, s.weights) && Arrays.equals(anchors, s.anchors) && Arrays.equals(embedding, s.embedding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, date, headline, titled, Arrays.hashCode(terms), Arrays.hashCode(weights),
        Arrays.hashCode(anchors), Arrays.hashCode(embedding));
  }

  @Override
  public String toString() {
    return "ArticleSignature[" + id + ", " + date + ", " + terms.length + " terms" + (embedding.length > 0 ? ", embedded" : "")
        + "]";
  }
}
