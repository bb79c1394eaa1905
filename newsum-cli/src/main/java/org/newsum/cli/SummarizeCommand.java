package org.newsum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.output.BatchLine;
import org.newsum.output.SummaryJson;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsum summarize}: summarizes the documents given as files, directories, JSONL or stdin. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Summarize a cluster of news articles.",
      "INPUT is a .txt or .html file, a directory of them, an http(s) URL, '-' for standard input (all",
      "together form one cluster), or a .jsonl/.jsonl.gz cluster file (each line summarized on its own).",
      "A URL that cannot be fetched is reported on standard error and skipped; the run fails only when no",
      "usable input remains."
    })
final class SummarizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, '-' or a .jsonl file.")
  List<String> inputs;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = Summarizers.DEFAULT,
      description = "Summarization method (default: ${DEFAULT-VALUE}). One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = MethodNames.class)
  String method;

  @Mixin MethodSettings settings;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget = new BudgetOptions();

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: text (one sentence per line), json (with sources and provenance), or jsonl (one"
          + " line per cluster as `newsum batch` writes it, {\"id\",\"summary\":[sentences],...}, which rouge.py reads).")
  OutputFormat format;

  @Option(names = "--no-clean", description = "Keep page furniture (menus, ads, footers) in scraped text.")
  boolean noClean;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
      description = "Largest input file (or standard input) accepted, in bytes (default: ${DEFAULT-VALUE});"
          + " larger ones are refused before they are read.")
  long maxBytes;

  @Option(names = "--language", paramLabel = "CODE",
      description = "Language of every input document (ISO 639-1, e.g. de, zh), instead of detecting it.")
  String language;

  enum OutputFormat { text, json, jsonl }

  @Override
  public Integer call() {
    Newsum newsum = Newsum.standard();
    SummaryRequest request = SummaryRequest.of(settings.options(method, spec), budget.budget())
        .withClean(!noClean);
    if (inputs.size() == 1 && isJsonl(inputs.get(0))) {
      return summarizeEach(SummarizeStep.of(newsum, request), Path.of(inputs.get(0)));
    }
    Cluster cluster = inLanguage(cluster());
    try {
      long start = System.nanoTime();
      Summary summary = newsum.summarize(cluster, request);
      print(summary, (System.nanoTime() - start) / 1e9);
    } catch (InputException e) {
      throw e;
    } catch (NewsumException e) {
      // e.g. a page that is all furniture: name the input, not the made-up cluster id
      throw inputs.size() == 1 ? new InputException(inputs.get(0), e.getMessage(), e) : e;
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * Summarizes every cluster of a JSONL file as it is read. A malformed line or a cluster that
   * cannot be summarized is reported (file, line, problem) and skipped, so one bad cluster does
   * not lose the others; the exit code is then {@link NewsumCommand#EXIT_INPUT_ERROR}.
   */
  private int summarizeEach(SummarizeStep step, Path file) {
    PrintWriter err = spec.commandLine().getErr();
    int done = 0;
    int failed = 0;
    try (ClusterJsonlReader reader = ClusterJsonlReader.open(file)) {
      while (reader.hasNext()) {
        ClusterResult result;
        try {
          ClusterRecord record = reader.next();
          result = step.apply(inLanguage(record.cluster()), file + " line " + record.line());
        } catch (InputException e) {
          result = new ClusterResult.Skipped(null, e.getMessage());
        }
        if (result instanceof ClusterResult.Summarized summarized) {
          print(summarized.summary(), summarized.seconds());
          done++;
        } else {
          err.println("newsum: " + ((ClusterResult.Skipped) result).message() + " (skipped)");
          failed++;
        }
      }
    }
    spec.commandLine().getOut().flush();
    if (failed > 0) {
      err.println("newsum: " + file + ": " + failed + " of " + (done + failed) + " clusters skipped; the output has the other " + done);
      return NewsumCommand.EXIT_INPUT_ERROR;
    }
    return 0;
  }

  /** The cluster with every document in {@code --language}, when given. */
  private Cluster inLanguage(Cluster cluster) {
    if (language == null) {
      return cluster;
    }
    if (!language.strip().matches("[A-Za-z]{2,3}")) {
      throw new NewsumException("--language must be an ISO 639-1 code such as de or zh, not '" + language + "'");
    }
    return new Cluster(cluster.id(), cluster.documents().stream().map(d -> d.withLanguage(language)).toList(),
        cluster.query());
  }

  private void print(Summary summary, double seconds) {
    PrintWriter out = spec.commandLine().getOut();
    if (summary.provenance().languages().size() > 1) {
      spec.commandLine().getErr().println("newsum: cluster '" + summary.clusterId() + "' holds documents in "
          + languagesByDocument(summary) + "; the summary is in " + summary.provenance().language());
    }
    if (summary.sentences().isEmpty()) {
      spec.commandLine().getErr().println("newsum: WARNING: cluster '" + summary.clusterId()
          + "': no sentence fits in " + summary.budget() + "; the summary is empty");
    }
    switch (format) {
      case json -> out.println(SummaryJson.toJsonString(summary));
      case jsonl -> out.println(new BatchLine(summary, seconds));
      case text -> summary.texts().forEach(out::println);
    }
  }

  /** E.g. {@code de (a.txt, b.txt), en (c.txt)}. */
  private static String languagesByDocument(Summary summary) {
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    summary.provenance().documentLanguages().forEach((doc, lang) ->
        byLanguage.computeIfAbsent(lang, k -> new ArrayList<>()).add(doc));
    StringJoiner out = new StringJoiner(", ");
    byLanguage.forEach((lang, docs) -> out.add(lang + " (" + String.join(", ", docs) + ")"));
    return out.toString();
  }

  private Cluster cluster() {
    DocumentReader reader = new DocumentReader(ArticleExtractor.standard(), maxBytes);
    List<Document> docs = new ArrayList<>();
    int failedUrls = 0;
    for (String input : inputs) {
      if (isJsonl(input)) {
        throw new InputException(input, "a .jsonl cluster file must be the only input");
      }
      if (DocumentReader.isUrl(input)) {
        try {
          docs.add(reader.fetch(input));
        } catch (InputException e) {
          spec.commandLine().getErr().println("newsum: " + e.getMessage() + " (skipped)");
          failedUrls++;
        }
      } else if (input.equals("-")) {
        docs.add(reader.read("stdin", System.in));
      } else {
        docs.addAll(reader.read(input));
      }
    }
    if (docs.isEmpty()) {
      throw new NewsumException("nothing to summarize: " + (failedUrls == 1 ? "the URL" : "all " + failedUrls + " URLs")
          + " failed");
    }
    return Cluster.of("cluster", uniqueIds(docs));
  }

  /** Documents from different directories may share a file name: make their ids unique. */
  private static List<Document> uniqueIds(List<Document> docs) {
    List<Document> out = new ArrayList<>(docs.size());
    Set<String> seen = new HashSet<>();
    for (Document d : docs) {
      String id = d.id();
      for (int k = 2; !seen.add(id); k++) {
        id = d.id() + "#" + k;
      }
      out.add(id.equals(d.id()) ? d : new Document(id, d.title(), d.text(), d.date(), d.source(), d.language()));
    }
    return out;
  }

  private static boolean isJsonl(String input) {
    return input.endsWith(".jsonl") || input.endsWith(".jsonl.gz");
  }

  /** Method names for help and completion. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Summarizers.names().iterator();
    }
  }
}
