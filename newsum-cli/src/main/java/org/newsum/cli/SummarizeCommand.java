package org.newsum.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.newsum.documents.InputFormat;
import org.newsum.documents.PublicationDate;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Summary;
import org.newsum.output.BatchLine;
import org.newsum.output.SummaryJson;
import org.newsum.stories.ArticleJsonl;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsum summarize}: summarizes the documents given as files, directories, JSONL or stdin. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Summarize a cluster of news articles.",
      "INPUT is a .txt, .md or .html file, a directory of them, an http(s) URL, '-' for standard input (all"
          + " together form one cluster), or a .jsonl/.jsonl.gz cluster file (each line summarized on its own).",
      "Standard input that starts with HTML markup is read as HTML, and JSON cluster lines as a .jsonl file; what"
          + " was detected is said on standard error.",
      "A URL that cannot be fetched is reported on standard error and skipped; the run fails only when no usable"
          + " input remains.",
      "An update summary (what is new to a reader of earlier documents): --history FILE... or --since DATE."
    })
final class SummarizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, '-' or a .jsonl file.")
  List<String> inputs;

  @ParentCommand NewsumCommand parent;

  @Option(names = {"-r", "--recursive"}, description = "Read the subdirectories of a directory INPUT too.")
  boolean recursive;

  @Option(names = "--query", paramLabel = "TEXT",
      description = "What the reader wants to know: a query-focused summary (replaces the query of each line of a"
          + " .jsonl file).")
  String query;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = Summarizers.DEFAULT,
      description = "Summarization method (default: ${DEFAULT-VALUE}). One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = MethodNames.class)
  String method;

  @Mixin MethodSettings settings;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget = new BudgetOptions();

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: text (one sentence per line; several clusters each under a '==> ID <==' line),"
          + " json (with sources and provenance; pretty for one cluster, one object per line for several), or jsonl"
          + " (one line per cluster as `newsum batch` writes it, {\"id\",\"summary\":[sentences],...}, which rouge.py"
          + " reads).")
  OutputFormat format;

  @Option(names = "--no-clean", description = "Keep page furniture (menus, ads, footers) in scraped text.")
  boolean noClean;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
      description = "Largest input file (or standard input) accepted, in bytes (default: ${DEFAULT-VALUE});"
          + " larger ones are refused before they are read.")
  long maxBytes;

  @Option(names = "--history", arity = "1..*", paramLabel = "FILE",
      description = "Documents already read (files, directories or URLs, read like INPUT; after the inputs): the summary"
          + " says what the inputs add and repeats none of their sentences. With a .jsonl input, the history of every"
          + " cluster.")
  List<String> historyInputs = List.of();

  @Option(names = "--since", paramLabel = "DATE",
      description = "Documents dated before DATE (yyyy-mm-dd) count as already read (history); the summary is of the"
          + " others. Needs dated inputs (HTML pages, or a .jsonl file's \"date\").")
  String since;

  @Option(names = "--language", paramLabel = "CODE",
      description = "Language of every input document (ISO 639-1, e.g. de, zh), instead of detecting it.")
  String language;

  enum OutputFormat { text, json, jsonl }

  @Override
  public Integer call() {
    Newsum newsum = Newsum.standard();
    LocalDate day = sinceDay();
    checkLanguage();
    DocumentReader reader = new DocumentReader(ArticleExtractor.standard(), maxBytes);
    SummaryRequest request = SummaryRequest.of(settings.options(method, spec), budget.budget())
        .withClean(!noClean).withQuery(query);
    Stdin stdin = inputs.contains("-") || historyInputs.contains("-") ? Stdin.sniff(parent.stdin()) : null;
    request = request.withHistory(history(reader, stdin));
    boolean feed = inputs.size() == 1 && isJsonl(inputs.get(0)) && ArticleJsonl.holdsArticles(Path.of(inputs.get(0)));
    if (inputs.size() == 1 && isJsonl(inputs.get(0)) && !feed) {
      return summarizeEach(SummarizeStep.of(newsum, request), inputs.get(0), ClusterJsonlReader.open(Path.of(inputs.get(0))),
          day);
    }
    if (stdin != null && inputs.contains("-") && stdin.format() == InputFormat.JSONL) {
      if (inputs.size() > 1) {
        throw new InputException("-", "JSON cluster lines on standard input must be the only input");
      }
      spec.commandLine().getErr().println("newsum: standard input holds JSON cluster lines: each is summarized on its own");
      return summarizeEach(SummarizeStep.of(newsum, request), "stdin", new ClusterJsonlReader("stdin", stdin.in()), day);
    }
    if (stdin != null && stdin.format() == InputFormat.HTML) {
      spec.commandLine().getErr().println("newsum: standard input looks like HTML: its article text is summarized");
    }
    Cluster cluster = inLanguage(feed ? feedCluster(Path.of(inputs.get(0)), reader) : cluster(reader, stdin));
    if (day != null) {
      cluster = since(cluster, day);
    }
    StoryWarning.warnIfSeveralStories(cluster, spec.commandLine().getErr());
    try {
      long start = System.nanoTime();
      Summary summary = newsum.summarize(cluster, request);
      print(summary, (System.nanoTime() - start) / 1e9, false, true);
    } catch (InputException e) {
      throw e;
    } catch (NewsumException e) {
      // e.g. a page that is all furniture: name the input, not the made-up cluster id
      throw inputs.size() == 1 ? new InputException(inputs.get(0), e.getMessage(), e) : e;
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Standard input after a look at its head ({@link InputFormat#sniff}); {@code in} still yields every byte. */
  private record Stdin(InputFormat format, InputStream in) {
    /** Bytes looked at: enough for {@link InputFormat}'s head of characters. */
    private static final int HEAD_BYTES = 16 * 1024;

    static Stdin sniff(InputStream stdin) {
      BufferedInputStream in = new BufferedInputStream(stdin, HEAD_BYTES);
      in.mark(HEAD_BYTES);
      try {
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return new Stdin(InputFormat.sniff(new String(head, StandardCharsets.UTF_8)), in);
      } catch (IOException e) {
        throw new InputException("stdin", "cannot read: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Summarizes every cluster of a JSONL stream as it is read, then closes the reader. A malformed
   * line or a cluster that cannot be summarized is reported (file, line, problem) and skipped, so
   * one bad cluster does not lose the others; the exit code is then {@link NewsumCommand#EXIT_INPUT_ERROR}.
   */
  private int summarizeEach(SummarizeStep step, String name, ClusterJsonlReader jsonl, LocalDate day) {
    PrintWriter err = spec.commandLine().getErr();
    int done = 0;
    int failed = 0;
    try (ClusterJsonlReader reader = jsonl) {
      while (reader.hasNext()) {
        ClusterResult result;
        try {
          ClusterRecord record = reader.next();
          String where = name + " line " + record.line();
          result = step.apply(inLanguage(day == null ? record.cluster() : since(record.cluster(), day, where)), where);
        } catch (InputException e) {
          result = new ClusterResult.Skipped(null, e.getMessage());
        }
        if (result instanceof ClusterResult.Summarized summarized) {
          // Several clusters (a header each, JSON one object per line) unless this is the only one.
          boolean several = done + failed > 0 || reader.hasNext();
          print(summarized.summary(), summarized.seconds(), several, done == 0);
          CheckedOutput.check(spec.commandLine().getOut()); // a full disk ends the run, not only its exit code
          done++;
        } else {
          err.println("newsum: " + ((ClusterResult.Skipped) result).message() + " (skipped)");
          failed++;
        }
      }
    }
    spec.commandLine().getOut().flush();
    if (done + failed == 0) {
      throw new InputException(name, "no cluster to summarize: no JSON line in it");
    }
    if (failed > 0) {
      err.println("newsum: " + name + ": " + failed + " of " + (done + failed) + " clusters skipped; the output has the other " + done);
      return NewsumCommand.EXIT_INPUT_ERROR;
    }
    return 0;
  }

  /** The cluster with every document in {@code --language}, when given ({@link #checkLanguage checked}). */
  private Cluster inLanguage(Cluster cluster) {
    return language == null ? cluster
        : cluster.withDocuments(cluster.documents().stream().map(d -> d.withLanguage(language)).toList());
  }

  /** Refuses a {@code --language} that is not a language code: a usage error, as a {@code --since} that is no date. */
  private void checkLanguage() {
    if (language == null) {
      return;
    }
    String code;
    try {
      code = Document.languageCode(language);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--language: " + e.getMessage(), e, null, language);
    }
    if (code == null) {
      throw new ParameterException(spec.commandLine(), "--language: it is empty: give an ISO 639-1 code such as de or zh");
    }
  }

  /**
   * Prints one summary in the chosen format; of {@code several} clusters, in text under a header
   * line with the cluster's id (after a blank line but for the {@code first}), in JSON on one line.
   */
  private void print(Summary summary, double seconds, boolean several, boolean first) {
    PrintWriter out = spec.commandLine().getOut();
    if (summary.provenance().languages().size() > 1) {
      spec.commandLine().getErr().println("newsum: cluster '" + summary.clusterId() + "' holds documents in "
          + languagesByDocument(summary) + "; the summary is in " + summary.provenance().language());
    }
    if (summary.sentences().isEmpty()) {
      spec.commandLine().getErr().println("newsum: WARNING: cluster '" + summary.clusterId()
          + "': no sentence fits in " + summary.budget()
          + (summary.provenance().historyDocuments() > 0 ? " without repeating the history" : "")
          + "; the summary is empty");
    }
    switch (format) {
      case json -> out.println(several ? SummaryJson.toJson(summary).toString() : SummaryJson.toJsonString(summary));
      case jsonl -> out.println(new BatchLine(summary, seconds));
      case text -> {
        if (several) {
          out.println((first ? "" : "\n") + "==> " + summary.clusterId() + " <==");
        }
        summary.texts().forEach(out::println);
      }
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

  private Cluster cluster(DocumentReader reader, Stdin stdin) {
    Read read = read(inputs, reader, stdin);
    if (read.documents().isEmpty()) {
      throw new NewsumException("nothing to summarize: " + (read.failedUrls() == 1 ? "the URL" : "all " + read.failedUrls()
          + " URLs") + " failed");
    }
    return Cluster.of("cluster", uniqueIds(read.documents()));
  }

  /**
   * A feed of articles, one per line ({@link ArticleJsonl}), as one cluster: the user asked for one
   * summary of them; {@link StoryWarning} says when they look like several stories. Bad lines are
   * reported and skipped; more than {@code --max-bytes} characters of text is refused.
   */
  private Cluster feedCluster(Path file, DocumentReader reader) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("newsum: " + file + " holds one article per line: they are summarized as one cluster"
        + " (`newsum stories --in " + file + "` groups them into stories first)");
    List<Document> docs = new ArrayList<>();
    long[] chars = {0};
    ArticleJsonl.read(file, reader, article -> {
      chars[0] += article.text().length();
      if (chars[0] > maxBytes) {
        // not an InputException, which would only skip this line
        throw new NewsumException(file + ": more than --max-bytes " + maxBytes + " characters of article text");
      }
      docs.add(article);
    }, bad -> err.println("newsum: " + bad.getMessage() + " (skipped)"));
    if (docs.isEmpty()) {
      throw new InputException(file.toString(), "no article could be read");
    }
    return Cluster.of("cluster", uniqueIds(docs));
  }

  /** The documents of {@code --history}, none when it is not given. */
  private List<Document> history(DocumentReader reader, Stdin stdin) {
    if (historyInputs.isEmpty()) {
      return List.of();
    }
    Read read = read(historyInputs, reader, stdin);
    if (read.documents().isEmpty()) {
      throw new NewsumException("--history: nothing read (every URL failed)");
    }
    return uniqueIds(read.documents());
  }

  /** Documents read from inputs, and how many URLs failed (reported and skipped). */
  private record Read(List<Document> documents, int failedUrls) {}

  private Read read(List<String> given, DocumentReader reader, Stdin stdin) {
    List<Document> docs = new ArrayList<>();
    int failedUrls = 0;
    for (String input : given) {
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
        docs.add(reader.read("stdin", stdin.in()));
      } else {
        docs.addAll(reader.read(input, recursive));
      }
    }
    return new Read(docs, failedUrls);
  }

  /** {@code --since} as a date, null when not given; a usage error when it is no date. */
  private LocalDate sinceDay() {
    if (since == null) {
      return null;
    }
    try {
      return PublicationDate.parse(since);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--since: expected " + PublicationDate.EXPECTED + ", got \"" + since + "\"", e, null, since);
    }
  }

  private static Cluster since(Cluster cluster, LocalDate day) {
    return since(cluster, day, "--since " + day);
  }

  /**
   * The cluster with the documents dated before {@code day} moved to its history.
   *
   * @throws InputException (naming {@code where}) if no document has a date, or none is new
   */
  private static Cluster since(Cluster cluster, LocalDate day, String where) {
    int n = cluster.documents().size();
    if (cluster.documents().stream().allMatch(d -> d.date() == null)) {
      throw new InputException(where, "no document is dated (" + n + " without a publication date), so none is older");
    }
    Cluster split = cluster.since(day);
    if (split.documents().isEmpty()) {
      throw new InputException(where, "nothing is new: all " + n + " documents are dated before " + day);
    }
    return split;
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
