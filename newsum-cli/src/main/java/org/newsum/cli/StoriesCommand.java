package org.newsum.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.model.Document;
import org.newsum.output.OutputFiles;
import org.newsum.stories.ArticleJsonl;
import org.newsum.stories.Stories;
import org.newsum.stories.Story;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryJson;
import org.newsum.stories.StoryOptions;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsum stories}: groups a feed of articles into stories and summarizes each story. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Group a feed of news articles into stories (one real-world event each) and summarize every story.",
      "--in takes a .jsonl/.jsonl.gz feed (one article per line: {\"id\",\"title\"?,\"text\"|\"html\",\"date\"?,\"url\"?}),"
          + " a .txt/.html file, a directory of them (its .jsonl feeds read as feeds), or an http(s) URL; repeatable.",
      "Articles are grouped in date order (undated ones stay after the article they follow), online: each joins"
          + " the most similar open story (a higher similarity needed the further apart in time) or opens a new one;"
          + " the open stories are then refined by re-assigning every article to its best story.",
      "Writes one line per story, largest first: {\"id\",\"articles\":[ids],\"size\",\"first_date\",\"last_date\","
          + "\"headline\",\"summary\":{sentences with their sources}}.",
      "A story that cannot be summarized (e.g. only boilerplate) is reported and written without a summary.",
      "Exit codes: 0 done; 1 some inputs skipped (each reported; the others are grouped) or no usable input;"
          + " 2 usage error; 3 internal error."
    })
final class StoriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "INPUT", description = "Feed (.jsonl[.gz]), file, directory or URL; repeatable.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "STORIES.jsonl", description = "Output: one line per story.")
  Path out;

  @Option(names = "--assignments", paramLabel = "FILE",
      description = "Also write one {\"id\",\"story\"} line per article (the format cluster_score.py reads): this run's,"
          + " then those of earlier runs (--state) that are in a story written now.")
  Path assignments;

  @Option(names = "--no-summaries", description = "Group only: stories without summaries.")
  boolean noSummaries;

  @Option(names = "--state", paramLabel = "DIR",
      description = "Continue the stories kept in DIR (if any) and keep the open stories there for a later run.")
  Path state;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = Summarizers.DEFAULT,
      description = "Summarization method (default: ${DEFAULT-VALUE}). One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = SummarizeCommand.MethodNames.class)
  String method;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget = new BudgetOptions();

  @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
      description = "Set a grouping parameter (threshold, windowDays, titleWeight, anchorWeight, articleTerms,"
          + " centroidTerms, queryTerms, maxOpenStories, timeSlope, refineRounds, refineThreshold,"
          + " mergeThreshold, neighbourNorm, sharedNeighbours, sharedWeight, pairThreshold, neighbourTerms, pairThresholdMax, embeddings:"
          + " true or false, false groups on terms alone, much faster) or a method option"
          + " (`newsum methods`); repeatable.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--threads", paramLabel = "T", description = "Threads summarizing stories (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    StoryOptions options = StoryOptions.DEFAULT;
    Map<String, String> methodSettings = new LinkedHashMap<>();
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      if (options.asMap().containsKey(setting.getKey())) {
        try {
          options = options.with(setting.getKey(), setting.getValue());
        } catch (IllegalArgumentException e) {
          throw new MethodSettings.BadSetting(spec, "newsum: " + e.getMessage());
        }
      } else {
        methodSettings.put(setting.getKey(), setting.getValue());
      }
    }
    String methodName = Summarizers.options(method).method(); // an unknown method is bad input (exit 1), as for summarize
    MethodOptions methodOptions;
    try {
      methodOptions = Summarizers.options(methodName, methodSettings);
    } catch (NewsumException e) {
      throw new MethodSettings.BadSetting(spec, "newsum: " + e.getMessage());
    }
    if (threads < 1) {
      throw new NewsumException("--threads must be at least 1, got " + threads);
    }

    checkOutputs();
    long start = System.nanoTime();
    StoryGrouper grouper = state == null ? StoryGrouper.standard(options) : StoryGrouper.restore(state, options);
    int[] skipped = {0};
    List<Document> articles = read(err, skipped, Stories.storyOf(grouper.openStories()).keySet());
    if (articles.isEmpty()) {
      throw new NewsumException("no article to group" + (skipped[0] > 0 ? " (every input was skipped)" : ""));
    }
    long groupStart = System.nanoTime();
    List<Story> stories = Stories.group(grouper, articles);
    double groupSeconds = (System.nanoTime() - groupStart) / 1e9;
    Map<String, Document> byId = Stories.byId(articles);

    int[] unsummarized = {0};
    List<ObjectNode> lines = noSummaries ? stories.stream().map(s -> StoryJson.toJson(s, null)).toList()
        : summarize(stories, byId, SummaryRequest.of(methodOptions, budget.budget()), err, unsummarized);
    write(lines, stories, articles);
    if (state != null) {
      grouper.save(state); // after the outputs: a run that could not write them has not used up its articles
    }
    err.printf(Locale.ROOT, "newsum stories: %d articles -> %d stories (grouped in %.2f s, %.0f articles/s)%s%s in %.1f s -> %s%n",
        articles.size(), stories.size(), groupSeconds, articles.size() / Math.max(groupSeconds, 1e-9),
        (skipped[0] > 0 ? ", " + skipped[0] + " inputs skipped" : "")
            + (unsummarized[0] > 0 ? ", " + unsummarized[0] + " stories without a summary" : ""), state != null ? ", state kept in " + state : "",
        (System.nanoTime() - start) / 1e9, out);
    err.flush();
    return skipped[0] == 0 ? 0 : NewsumCommand.EXIT_INPUT_ERROR;
  }

  /**
   * Every article of the inputs; bad lines, pages, repeated ids and the ids of {@code earlier} (the
   * articles of the open stories that {@code --state} kept: grouped by an earlier run, so adding them
   * again would list them twice) are reported and counted in {@code skipped[0]}.
   */
  private List<Document> read(PrintWriter err, int[] skipped, Set<String> earlier) {
    DocumentReader pages = new DocumentReader(ArticleExtractor.standard(), DocumentReader.DEFAULT_MAX_BYTES);
    List<Document> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    java.util.function.Consumer<InputException> report = e -> {
      err.println("newsum stories: skipped: " + e.getMessage());
      skipped[0]++;
    };
    java.util.function.Consumer<Document> add = article -> {
      if (earlier.contains(article.id())) {
        report.accept(new InputException(article.id(), "an earlier run grouped an article with this id (its story is"
            + " kept in " + state + "); ids must be unique"));
      } else if (ids.add(article.id())) {
        articles.add(article);
      } else {
        report.accept(new InputException(article.id(), "an article with this id came before; ids must be unique"));
      }
    };
    for (String input : inputs) {
      try {
        ArticleJsonl.readInput(input, pages, add, report);
      } catch (InputException e) {
        report.accept(e);
      }
    }
    return articles;
  }

  /**
   * The line of every story, in story order, summarized on {@code threads} threads; a story that
   * cannot be summarized (e.g. all boilerplate) is reported, counted in {@code unsummarized[0]}
   * and written without a summary, as is a story of earlier runs that only the refinement changed
   * (no article of this run to summarize).
   */
  private List<ObjectNode> summarize(List<Story> stories, Map<String, Document> byId, SummaryRequest request,
      PrintWriter err, int[] unsummarized) {
    SummarizeStep step = SummarizeStep.of(Newsum.standard(), request);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ClusterResult>> futures = new ArrayList<>();
      for (Story story : stories) {
        boolean hasArticlesOfThisRun = story.articleIds().stream().anyMatch(byId::containsKey);
        futures.add(hasArticlesOfThisRun ? pool.submit(() -> Stories.summarize(story, byId, step)) : null);
      }
      List<ObjectNode> lines = new ArrayList<>();
      for (int k = 0; k < stories.size(); k++) {
        if (futures.get(k) == null) {
          lines.add(StoryJson.toJson(stories.get(k), null));
          continue;
        }
        ClusterResult result = futures.get(k).get();
        if (result instanceof ClusterResult.Skipped skipped) {
          err.println("newsum stories: no summary: " + skipped.message());
          unsummarized[0]++;
        }
        lines.add(StoryJson.summarized(stories.get(k), result));
      }
      return lines;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NewsumException("interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Refuses, before any work, an output that cannot be written or is one of the inputs, which writing would destroy. */
  private void checkOutputs() {
    List<Path> files = new ArrayList<>();
    inputs.stream().filter(input -> !DocumentReader.isUrl(input)).map(Path::of).forEach(files::add);
    OutputFiles.check(out, files);
    if (assignments != null) {
      OutputFiles.check(assignments, files);
      OutputFiles.refuseSame(assignments, out);
    }
  }

  /** Writes the story lines and the assignments, each whole or not at all ({@link OutputFiles#writeLines}). */
  private void write(List<ObjectNode> lines, List<Story> stories, List<Document> articles) {
    OutputFiles.writeLines(out, lines.stream().map(ObjectNode::toString).toList());
    if (assignments != null) {
      Map<String, String> storyOf = Stories.storyOf(stories);
      Map<String, String> assigned = new LinkedHashMap<>();
      articles.forEach(article -> assigned.put(article.id(), storyOf.get(article.id())));
      stories.forEach(story -> story.articleIds().forEach(id -> assigned.putIfAbsent(id, story.id())));
      OutputFiles.writeLines(assignments, assigned.entrySet().stream()
          .map(e -> StoryJson.assignment(e.getKey(), e.getValue()).toString()).toList());
    }
  }
}
