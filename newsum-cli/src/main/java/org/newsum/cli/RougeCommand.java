package org.newsum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsum.NewsumException;
import org.newsum.evaluation.rouge.Rouge;
import org.newsum.evaluation.rouge.RougeCorpus;
import org.newsum.evaluation.rouge.RougeData;
import org.newsum.evaluation.rouge.RougeFiles;
import org.newsum.evaluation.rouge.RougeOptions;
import org.newsum.evaluation.rouge.RougeOptions.Tokenize;
import org.newsum.evaluation.rouge.RougeScore;
import org.newsum.evaluation.rouge.RougeScores;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsum rouge}: scores system summaries against references, with rouge.py's options and output. */
@Command(
    name = "rouge",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Score system summaries with ROUGE as ROUGE-1.5.5 does (same options and output as shared/tools/rouge.py).",
      "--sys lines: {\"id\", \"summary\": str | [sentences]}; --refs lines: {\"id\", \"refs\": [str | [sentences],"
          + " ...]} (a benchmark cluster file works as --refs)."
    })
final class RougeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--refs", required = true, paramLabel = "FILE", description = "Reference summaries (JSONL).")
  Path refs;

  @Option(names = "--sys", required = true, paramLabel = "FILE", description = "System summaries (JSONL).")
  Path sys;

  @Option(names = "-m", description = "Stem (WordNet-2.0 exceptions when found, then ROUGE's Porter), as ROUGE-1.5.5 -m.")
  boolean stem;

  @Option(names = "-s", description = "Remove SMART stop words (ROUGE-1.5.5 -s).")
  boolean stopWords;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  LengthLimit limit = new LengthLimit();

  static final class LengthLimit {
    @Option(names = "-l", paramLabel = "N", description = "Truncate peer and references to N words.")
    int words;

    @Option(names = "-b", paramLabel = "N", description = "Truncate peer and references to N bytes.")
    int bytes;
  }

  @Option(names = "-n", paramLabel = "N", defaultValue = "2", description = "ROUGE-1..N (default ${DEFAULT-VALUE}).")
  int maxN;

  @Option(names = "--su", paramLabel = "D", defaultValue = "4",
      description = "Skip distance of ROUGE-SU (default ${DEFAULT-VALUE}; -1 = any).")
  int skip;

  @Option(names = "--alpha", defaultValue = "0.5", description = "F weight of recall (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--split", defaultValue = "auto",
      description = "Splitting of string summaries: auto (newlines if any, else rouge.py's regex), newline, regex, none.")
  String split;

  @Option(names = "--tokenize", paramLabel = "T", defaultValue = "rouge155",
      description = "rouge155 (default): ROUGE-1.5.5's ASCII-only tokens; unicode: runs of Unicode letters/digits,"
          + " case-folded, one token per CJK character, no stemming or stop words, -l counts tokens (any language).")
  String tokenize;

  @Option(names = {"--data-dir", "--rouge-data"}, paramLabel = "DIR",
      description = "ROUGE-1.5.5 data folder (WordNet-2.0-Exceptions/, smart_common_words.txt); default $ROUGE_DATA,"
          + " else shared/rouge155/data beside the working directory or an ancestor.")
  Path dataDir;

  @Option(names = "--no-exceptions", description = "-m uses the Porter stemmer only.")
  boolean noExceptions;

  @Option(names = "--no-rouge155-bugs", description = "Truncate ROUGE-L sentences properly with -b.")
  boolean noBugs;

  @Option(names = "--json", description = "JSON output.")
  boolean json;

  @Option(names = "--per-id", description = "Also report per-id scores.")
  boolean perId;

  @Override
  public Integer call() throws Exception {
    RougeOptions options = new RougeOptions(maxN, skip, stem, stopWords, limit.words, limit.bytes, alpha, !noBugs,
        Tokenize.byFlag(tokenize));
    RougeData data = options.stems() || options.removesStopWords() ? RougeData.find(dataDir) : RougeData.none();
    if (noExceptions) {
      data = data.withoutExceptions();
    }
    SplitMode mode = splitMode();
    Rouge rouge = new Rouge(options, data);
    RougeCorpus corpus = RougeCorpus.score(rouge, RougeFiles.readSummaries(sys, mode, options.tokenize()),
        RougeFiles.readReferences(refs, mode, options.tokenize()));
    PrintWriter err = spec.commandLine().getErr();
    if (corpus.withoutReference() > 0) {
      err.println("newsum: warning: " + corpus.withoutReference() + " system ids have no reference");
    }
    if (corpus.withoutSummary() > 0) {
      err.println("newsum: warning: " + corpus.withoutSummary() + " reference ids have no system summary (not scored)");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(corpus, options, data));
    } else {
      printText(out, corpus, options, data);
    }
    out.flush();
    return 0;
  }

  private SplitMode splitMode() {
    try {
      return SplitMode.valueOf(split.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NewsumException("--split must be auto, newline, regex or none, not '" + split + "'");
    }
  }

  private ObjectNode optionsJson(RougeOptions options, RougeData data, int clusters) {
    ObjectNode o = Lazy.JSON.createObjectNode();
    o.put("stem", options.stems());
    o.put("stopwords", options.removesStopWords());
    o.put("length_words", options.wordLimit());
    o.put("length_bytes", options.byteLimit());
    o.put("exceptions", options.stems() && data.hasExceptions());
    o.put("n", clusters);
    if (options.tokenize() != Tokenize.ROUGE155) {
      o.put("tokenize", options.tokenize().flag());
    }
    return o;
  }

  private String toJson(RougeCorpus corpus, RougeOptions options, RougeData data) throws Exception {
    ObjectNode root = Lazy.JSON.createObjectNode();
    root.set("options", optionsJson(options, data, corpus.perId().size()));
    root.set("average", scoresJson(corpus.mean()));
    if (perId) {
      ObjectNode ids = root.putObject("per_id");
      corpus.perId().forEach((id, s) -> ids.set(id, scoresJson(s)));
    }
    return Lazy.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Lazy.JSON.treeToValue(root, Object.class));
  }

  private static ObjectNode scoresJson(RougeScores scores) {
    ObjectNode node = Lazy.JSON.createObjectNode();
    for (Map.Entry<String, RougeScore> e : scores.byMetric().entrySet()) {
      ObjectNode m = node.putObject(e.getKey());
      m.put("f", e.getValue().f());
      m.put("p", e.getValue().precision());
      m.put("r", e.getValue().recall());
    }
    return node;
  }

  private void printText(PrintWriter out, RougeCorpus corpus, RougeOptions options, RougeData data) {
    out.println("# " + corpus.perId().size() + " clusters; options " + optionsText(options, data, corpus.perId().size()));
    for (Map.Entry<String, RougeScore> e : corpus.mean().byMetric().entrySet()) {
      RougeScore s = e.getValue();
      out.println(String.format(Locale.ROOT, "%-10s", e.getKey().toUpperCase(Locale.ROOT)) + " R " + fixed(s.recall())
          + "  P " + fixed(s.precision()) + "  F " + fixed(s.f()));
    }
    if (perId) {
      corpus.perId().forEach((id, scores) -> {
        StringBuilder line = new StringBuilder(id);
        scores.byMetric().forEach((metric, s) -> line.append('\t').append(metric).append(" R ").append(fixed(s.recall()))
            .append(" P ").append(fixed(s.precision())).append(" F ").append(fixed(s.f())));
        out.println(line);
      });
    }
  }

  /** The options as rouge.py prints them ({@code json.dumps} spacing). */
  private static String optionsText(RougeOptions options, RougeData data, int clusters) {
    String tokenizer = options.tokenize() == Tokenize.ROUGE155 ? "" : ", \"tokenize\": \"" + options.tokenize().flag() + "\"";
    return String.format(Locale.ROOT, "{\"stem\": %b, \"stopwords\": %b, \"length_words\": %d, \"length_bytes\": %d,"
        + " \"exceptions\": %b, \"n\": %d%s}", options.stems(), options.removesStopWords(), options.wordLimit(),
        options.byteLimit(), options.stems() && data.hasExceptions(), clusters, tokenizer);
  }

  private static String fixed(double value) {
    return Decimals.fixed(value, 5);
  }

  /** Built on first use: picocli instantiates every subcommand at start-up, and a mapper costs ~0.3 s to load. */
  private static final class Lazy {
    static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }
}
