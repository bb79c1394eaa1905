package org.newsum.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.documents.PublicationDate;
import org.newsum.model.Budget;
import org.newsum.model.Document;
import org.newsum.stories.ArticleJsonl;
import org.newsum.stories.ArticleSignature;
import org.newsum.stories.Stories;
import org.newsum.stories.Story;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryJson;
import org.newsum.stories.StoryOptions;
import org.newsum.summarizers.Summarizers;
import scala.Tuple2;

/**
 * The Spark version of {@code newsum stories}: groups a feed of articles (JSONL, gzipped or not,
 * or a Parquet table with columns {@code id, title?, text|html, date?, url?}) from any
 * Hadoop-supported URI into stories and summarizes every story, giving the same stories as the
 * local run.
 *
 * <p>Online grouping is sequential (each article sees the stories and term statistics of the
 * articles before it), so the job splits the work by cost: the executors decode the articles and
 * compute their {@link ArticleSignature}s (tokenizing, stemming: most of the grouping cost), Spark
 * sorts the signatures into feed order, and the driver streams them through one {@link
 * StoryGrouper} (term lookups and sparse dot products only); then the executors summarize the
 * stories in parallel (by far the largest cost). Time-block partitioning with a merge step would
 * parallelize the grouping itself but would not give the local run's stories exactly.
 *
 * @param grouping the grouping parameters
 * @param method the summarization method
 * @param methodOptions its options set by name, applied in order
 * @param budgetUnit the unit of the summary length
 * @param budgetLimit the summary length (a {@link Budget}, kept as its serializable parts)
 * @param summaries false to group only
 */
public record SparkStories(StoryOptions grouping, String method, Map<String, String> methodOptions,
    Budget.Unit budgetUnit, int budgetLimit, boolean summaries) implements Serializable {
  private static final long serialVersionUID = 1L;

  public SparkStories {
    methodOptions = new LinkedHashMap<>(methodOptions);
    SparkBatch.request(method, methodOptions, new Budget(budgetUnit, budgetLimit)); // fail on the driver, not in a task
  }

  /** The job grouping with {@code grouping} and summarizing every story with {@code method} in {@code budget}. */
  public static SparkStories of(StoryOptions grouping, String method, Map<String, String> methodOptions, Budget budget,
      boolean summaries) {
    return new SparkStories(grouping, method, methodOptions, budget.unit(), budget.limit(), summaries);
  }

  /** What a run did. */
  public record Report(long articles, long stories, long skipped, double groupingSeconds, double seconds) {}

  /** One decoded article, as it travels between executors: its input position, the article, or why it was skipped. */
  record Decoded(long position, Article article, String problem) implements Serializable {
    private static final long serialVersionUID = 1L;

    Decoded(long position, Document document) {
      this(position, new Article(document.id(), document.title(), document.text(), document.date(), document.source()), null);
    }
  }

  /** The fields of a {@link Document}, serializable. */
  record Article(String id, String title, String text, LocalDate date, String source) implements Serializable {
    private static final long serialVersionUID = 1L;

    Document document() {
      return new Document(id, title, text, date, source);
    }
  }

  /**
   * Groups {@code in} and writes the story lines (part files of JSON lines) to {@code out}, and the
   * {@code {"id","story"}} lines to {@code assignments} when not null.
   */
  public Report run(SparkSession spark, String in, SparkBatch.Format inFormat, String out, String assignments,
      boolean overwrite) {
    long start = System.nanoTime();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SparkBatch.checkInput(spark, in, inFormat);
    for (String target : assignments == null ? List.of(out) : List.of(out, assignments)) {
      if (SparkBatch.exists(spark, target)) {
        if (!overwrite) {
          throw new NewsumException(target + ": already exists; use --overwrite to replace it");
        }
        delete(spark, target);
      }
    }
    JavaRDD<Decoded> decoded = decode(spark, in, inFormat).cache();
    List<String> problems = decoded.filter(d -> d.problem() != null).map(Decoded::problem).collect();
    problems.forEach(problem -> System.err.println("newsum-spark stories: skipped: " + problem));
    JavaRDD<Article> articles = decoded.filter(d -> d.problem() == null).map(Decoded::article);

    // Feed order: the driver turns the dates in input order (16 bytes per article) into sort keys.
    List<Tuple2<Long, LocalDate>> dates = decoded.filter(d -> d.problem() == null)
        .map(d -> new Tuple2<>(d.position(), d.article().date())).collect();
    List<Tuple2<Long, LocalDate>> inInputOrder = new ArrayList<>(dates);
    inInputOrder.sort(Comparator.comparingLong(Tuple2::_1));
    long[] positions = new long[inInputOrder.size()];
    for (int k = 0; k < positions.length; k++) {
      positions[k] = inInputOrder.get(k)._1();
    }
    long[] keys = StoryGrouper.feedKeys(inInputOrder.stream().map(Tuple2::_2).toList());
    Broadcast<long[][]> feedKeys = context.broadcast(new long[][] {positions, keys});
    StoryOptions options = grouping;
    // Kept once made: sortByKey reads the signatures twice (a sample for its ranges, then the shuffle),
    // and a signature's sentence embedding costs tens of milliseconds.
    JavaPairRDD<Long, ArticleSignature> signed = decoded.filter(d -> d.problem() == null)
        .mapToPair(d -> new Tuple2<>(feedKey(feedKeys.value(), d.position()), ArticleSignature.of(d.article().document(), options)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, ArticleSignature> signatures = signed.sortByKey();

    long groupingStart = System.nanoTime();
    StoryGrouper grouper = StoryGrouper.standard(grouping);
    List<Story> stories = new ArrayList<>();
    Iterator<Tuple2<Long, ArticleSignature>> feed = signatures.toLocalIterator();
    long count = 0;
    while (feed.hasNext()) {
      grouper.add(feed.next()._2());
      stories.addAll(grouper.drainRetired());
      count++;
    }
    stories.addAll(grouper.openStories());
    signed.unpersist();
    double groupingSeconds = (System.nanoTime() - groupingStart) / 1e9;
    feedKeys.destroy();

    List<Tuple2<String, Story>> byId = new ArrayList<>(stories.size());
    stories.forEach(story -> byId.add(new Tuple2<>(story.id(), story)));
    JavaPairRDD<String, Story> storyRows = context.parallelizePairs(byId, Math.max(1, spark.sparkContext().defaultParallelism()));
    JavaRDD<String> lines;
    if (summaries) {
      List<Tuple2<String, String>> storyOfArticle = new ArrayList<>();
      stories.forEach(story -> story.articleIds().forEach(id -> storyOfArticle.add(new Tuple2<>(id, story.id()))));
      JavaPairRDD<String, Article> docsByStory = articles.mapToPair(a -> new Tuple2<>(a.id(), a))
          .join(context.parallelizePairs(storyOfArticle))
          .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
      lines = storyRows.cogroup(docsByStory).mapPartitions(this::summarize);
    } else {
      lines = storyRows.map(t -> StoryJson.toJson(t._2(), null).toString());
    }
    lines.saveAsTextFile(out);
    if (assignments != null) {
      List<String> assigned = new ArrayList<>();
      for (Story story : stories) {
        for (String id : story.articleIds()) {
          assigned.add(StoryJson.assignment(id, story.id()).toString());
        }
      }
      context.parallelize(assigned, Math.max(1, spark.sparkContext().defaultParallelism())).saveAsTextFile(assignments);
    }
    decoded.unpersist();
    return new Report(count, stories.size(), problems.size(), groupingSeconds, (System.nanoTime() - start) / 1e9);
  }

  /** The feed key of the article at input {@code position}: {@code table} holds the sorted positions and their keys. */
  private static long feedKey(long[][] table, long position) {
    return table[1][java.util.Arrays.binarySearch(table[0], position)];
  }

  /** Summarizes the stories of one partition, its documents in the story's order (as the local run does). */
  private Iterator<String> summarize(Iterator<Tuple2<String, Tuple2<Iterable<Story>, Iterable<Article>>>> rows) {
    SummarizeStep step = SummarizeStep.of(Newsum.standard(), SummaryRequest.of(
        Summarizers.options(method, methodOptions), new Budget(budgetUnit, budgetLimit)));
    List<String> out = new ArrayList<>();
    while (rows.hasNext()) {
      Tuple2<String, Tuple2<Iterable<Story>, Iterable<Article>>> row = rows.next();
      Story story = row._2()._1().iterator().next();
      Map<String, Document> docs = new LinkedHashMap<>();
      row._2()._2().forEach(a -> docs.put(a.id(), a.document()));
      ClusterResult result = Stories.summarize(story, docs, step);
      if (result instanceof ClusterResult.Skipped skipped) {
        System.err.println("newsum-spark stories: no summary: " + skipped.message());
      }
      out.add(StoryJson.summarized(story, result).toString());
    }
    return out.iterator();
  }

  /** The articles of the input with their input positions; undecodable records carry their problem. */
  private static JavaRDD<Decoded> decode(SparkSession spark, String in, SparkBatch.Format format) {
    return switch (format) {
      case JSONL -> spark.sparkContext().textFile(in, spark.sparkContext().defaultParallelism()).toJavaRDD()
          .zipWithIndex()
          .filter(t -> !t._1().isBlank())
          .map(t -> {
            String where = in + " line " + (t._2() + 1);
            try {
              return new Decoded(t._2(), ArticleJsonl.decode(t._1(), where, DocumentReader.standard()));
            } catch (InputException e) {
              return new Decoded(t._2(), null, e.getMessage());
            }
          });
      case PARQUET -> spark.read().parquet(in).javaRDD().zipWithIndex().map(t -> {
        String where = in + " row " + (t._2() + 1);
        try {
          return new Decoded(t._2(), article(t._1(), where));
        } catch (InputException e) {
          return new Decoded(t._2(), null, e.getMessage());
        } catch (RuntimeException e) { // a column of another type than expected
          return new Decoded(t._2(), null, where + ": not an article: " + e);
        }
      });
    };
  }

  /** An article from a Parquet row: {@code id, title?, text | html, date? (ISO text), url?}. */
  static Document article(Row row, String where) {
    String id = string(row, "id");
    if (id == null || id.isBlank()) {
      throw new InputException(where, "missing \"id\"");
    }
    String text = string(row, "text");
    String html = string(row, "html");
    String url = string(row, "url");
    String title = string(row, "title");
    String dateText = string(row, "date");
    LocalDate date;
    try {
      date = dateText == null || dateText.isBlank() ? null : PublicationDate.parse(dateText);
    } catch (IllegalArgumentException e) {
      throw new InputException(where, "article '" + id + "': " + e.getMessage());
    }
    if (text != null) {
      return new Document(id, title, text, date, url);
    }
    if (html != null) {
      Document page = DocumentReader.standard().fromText(id, where, html, true, url == null ? "" : url);
      return new Document(id, title != null ? title : page.title(), page.text(), date != null ? date : page.date(), url);
    }
    throw new InputException(where, "article '" + id + "' has neither a \"text\" nor an \"html\" column value");
  }

  private static String string(Row row, String field) {
    if (row.schema() == null || row.schema().getFieldIndex(field).isEmpty()) {
      return null;
    }
    Object value = row.get(row.fieldIndex(field));
    return value == null ? null : value.toString();
  }

  private static void delete(SparkSession spark, String uri) {
    Path path = new Path(uri);
    try {
      path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
    } catch (IOException e) {
      throw new NewsumException(uri + ": cannot replace: " + e.getMessage(), e);
    }
  }
}
