package org.newsum.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.cleaning.ClusterCleaner;
import org.newsum.cleaning.ParagraphExtractor;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.documents.web.FetchLimits;
import org.newsum.documents.web.WebPageFetcher;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.output.SummaryJson;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
  static final int DEFAULT_WORDS = 100;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, '-' or a .jsonl file.")
  List<String> inputs;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = Summarizers.DEFAULT,
      description = "Summarization method (default: ${DEFAULT-VALUE}). One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = MethodNames.class)
  String method;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget = new BudgetOptions();

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: text (one sentence per line), json (with sources), or jsonl (one line per cluster,"
          + " {\"id\",\"summary\":[sentences]} as rouge.py reads it).")
  OutputFormat format;

  @Option(names = "--no-clean", description = "Keep page furniture (menus, ads, footers) in scraped text.")
  boolean noClean;

  enum OutputFormat { text, json, jsonl }

  @Override
  public Integer call() {
    Newsum newsum = noClean ? Newsum.standard().withCleaner(ClusterCleaner.none()) : Newsum.standard();
    Budget chosen = budget.budget(DEFAULT_WORDS);
    PrintWriter out = spec.commandLine().getOut();
    for (Cluster cluster : clusters()) {
      Summary summary = newsum.summarize(cluster, method, chosen);
      switch (format) {
        case json -> out.println(SummaryJson.toJsonString(summary));
        case jsonl -> out.println(SummaryJson.toRougeLine(summary));
        case text -> summary.texts().forEach(out::println);
      }
    }
    out.flush();
    return 0;
  }

  private List<Cluster> clusters() {
    if (inputs.size() == 1 && isJsonl(inputs.get(0))) {
      return ClusterJsonlReader.readAll(Path.of(inputs.get(0))).stream().map(ClusterRecord::cluster).toList();
    }
    DocumentReader reader = new DocumentReader(new ParagraphExtractor(), DocumentReader.DEFAULT_MAX_BYTES);
    List<Document> docs = new ArrayList<>();
    WebPageFetcher fetcher = null;
    int failedUrls = 0;
    for (String input : inputs) {
      if (isJsonl(input)) {
        throw new InputException(input, "a .jsonl cluster file must be the only input");
      }
      if (WebPageFetcher.isUrl(input)) {
        fetcher = fetcher != null ? fetcher : new WebPageFetcher(reader, FetchLimits.defaults());
        try {
          docs.add(fetcher.fetch(input));
        } catch (InputException e) {
          spec.commandLine().getErr().println("newsum: " + e.getMessage() + " (skipped)");
          failedUrls++;
        }
      } else if (input.equals("-")) {
        docs.add(reader.read("stdin", System.in));
      } else {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
          throw new InputException(input, "no such file or directory");
        }
        docs.addAll(reader.read(path));
      }
    }
    if (docs.isEmpty()) {
      throw new NewsumException("nothing to summarize: " + (failedUrls == 1 ? "the URL" : "all " + failedUrls + " URLs")
          + " failed");
    }
    return List.of(Cluster.of("cluster", uniqueIds(docs)));
  }

  /** Documents from different directories may share a file name: make their ids unique. */
  private static List<Document> uniqueIds(List<Document> docs) {
    List<Document> out = new ArrayList<>(docs.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Document d : docs) {
      String id = d.id();
      for (int k = 2; !seen.add(id); k++) {
        id = d.id() + "#" + k;
      }
      out.add(id.equals(d.id()) ? d : new Document(id, d.title(), d.text(), d.date(), d.source()));
    }
    return out;
  }

  private static boolean isJsonl(String input) {
    return input.endsWith(".jsonl") || input.endsWith(".jsonl.gz");
  }

  /** Method names for help and completion. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Summarizers.names().iterator();
    }
  }
}
