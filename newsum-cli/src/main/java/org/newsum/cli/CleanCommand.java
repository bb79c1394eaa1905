package org.newsum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.cleaning.BlockLabel;
import org.newsum.cleaning.Extraction;
import org.newsum.cleaning.FurnitureCleaner;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;
import org.newsum.cleaning.RemovedBlock;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsum clean}: shows what the cleaning stage makes of a page — an HTML file, a
 * scraped-text file or a URL — (its article text, and with {@code --show-removed} what was
 * dropped and why), or extracts a directory of pages to JSONL for the extraction benchmark
 * ({@code --batch}). HTML goes through the article extractor, then, like every text the
 * summarizer reads, through the furniture classifier.
 */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Show the article text of a page, with page furniture removed as for summarizing.",
      "FILE|URL is an HTML file (printed as title, date and author lines, a blank line, then the body), a text file"
          + " scraped from a page, a URL, or '-' for standard input (HTML when it looks like it).",
      "With --format json, print {\"id\", \"title\", \"date\", \"author\", \"url\", \"language\", \"body\"} per page"
          + " (null when unknown; language as detected): pretty for one page, one object per line for several.",
      "With --batch, extract every .html file of a directory to JSONL {\"id\", \"title\", \"date\", \"author\","
          + " \"url\", \"language\", \"articleBody\"} lines (articleBody is the body, named as the extraction benchmark reads it)."
    })
final class CleanCommand implements Callable<Integer> {
  /** Longest removed-block text printed by --show-removed before it is cut. */
  private static final int SHOWN_REMOVED_CHARS = 300;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE|URL",
      description = "HTML or text files, http(s) URLs, or '-'. Several inputs are cleaned together as one cluster, as"
          + " summarize does (repetition and topic across the pages are evidence of furniture).")
  List<String> inputs = List.of();

  @ParentCommand NewsumCommand parent;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (header lines, then the body) or json (the fields above; with --show-removed also"
          + " \"removed\": [{\"from\",\"reason\",\"text\"}]).")
  Format format;

  @Option(names = "--show-removed", description = "Also print the dropped blocks, each marked with the reason.")
  boolean showRemoved;

  @Option(names = "--batch", paramLabel = "DIR", description = "Extract every .html file in DIR (needs --out).")
  Path batchDir;

  @Option(names = "--out", paramLabel = "PRED.jsonl", description = "Where --batch writes its JSONL (atomically).")
  Path out;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "1",
      description = "With --batch: extract the directory N times; passes after the first are timed as warm"
          + " (default: ${DEFAULT-VALUE}).")
  int passes;

  enum Format { text, json }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    if (batchDir != null) {
      if (!inputs.isEmpty() || out == null || showRemoved) {
        throw new InputException("clean", "--batch DIR takes --out PRED.jsonl and no FILE or --show-removed");
      }
      if (passes < 1) {
        throw new InputException("--passes", "must be at least 1");
      }
      CleanBatch.Timing timing = CleanBatch.run(batchDir, out, passes, ArticleExtractor.standard());
      spec.commandLine().getErr().println(timing.report(out));
      return 0;
    }
    if (inputs.isEmpty()) {
      throw new InputException("clean", "give a FILE or URL, or --batch DIR --out PRED.jsonl");
    }
    List<Page> pages = inputs.stream().map(this::read).toList();
    List<PageLayout> layouts = FurnitureCleaner.standard()
        .classify(Cluster.of("clean", pages.stream().map(Page::document).toList()));
    for (int i = 0; i < pages.size(); i++) {
      String body = kept(layouts.get(i));
      if (body.isEmpty()) {
        spec.commandLine().getErr().println("newsum: WARNING: " + inputs.get(i) + ": no article text found (all of it"
            + " looked like page furniture or repeats; --show-removed says why)");
      }
      if (format == Format.json) {
        ObjectNode json = pages.get(i).json(body);
        if (showRemoved) {
          addRemoved(json, pages.get(i), layouts.get(i));
        }
        stdout.println(pages.size() > 1 ? json.toString() : json.toPrettyString());
        continue;
      }
      if (pages.size() > 1) {
        stdout.println((i == 0 ? "" : "\n") + "==> " + inputs.get(i) + " <==");
      }
      printPage(pages.get(i), body, layouts.get(i), stdout);
    }
    stdout.flush();
    return 0;
  }

  /** A page read for cleaning: its text (after HTML extraction) and what the extractor dropped. */
  private record Page(Document document, HtmlArticle header, List<RemovedBlock> removedFromHtml) {
    /** The page's fields and {@code body} as {@link CleanedPage} renders them. */
    ObjectNode json(String body) {
      return CleanedPage.json(document.id(), document.title(), document.date(),
          header == null ? null : header.author(), document.source(), "body", body);
    }
  }

  private Page read(String input) {
    if (DocumentReader.isUrl(input)) {
      Document page = DocumentReader.standard().fetch(input);
      return new Page(new Document(page.id(), page.title(), page.text(), page.date(), input),
          new HtmlArticle(page.title(), page.text(), page.date(), null), List.of());
    }
    boolean stdin = input.equals("-");
    String text = stdin ? DocumentReader.decode("stdin", DocumentReader.standard().readBytes("stdin", parent.stdin()))
        : DocumentReader.decode(input, readBytes(Path.of(input)));
    String id = stdin ? "stdin" : input;
    if (!DocumentReader.isHtml(stdin ? "" : Path.of(input).getFileName().toString(), text)) {
      return new Page(Document.of(id, text), null, List.of());
    }
    if (stdin) {
      spec.commandLine().getErr().println("newsum: standard input looks like HTML: its article text is extracted");
    }
    Extraction extraction = showRemoved
        ? ArticleExtractor.standard().explain(text, "")
        : new Extraction(ArticleExtractor.standard().extract(text, ""), List.of());
    HtmlArticle article = extraction.article();
    return new Page(new Document(id, article.title(), article.text(), article.date(), null), article,
        extraction.removed());
  }

  /**
   * Prints a page's header lines (HTML and URLs), its {@code body} (the body and heading blocks the
   * furniture classifier keeps, one paragraph per block: {@link #kept}), and with {@code --show-removed}
   * what the HTML extractor and the classifier dropped from {@code layout}, with their reasons.
   */
  private void printPage(Page page, String body, PageLayout layout, PrintWriter stdout) {
    if (page.header() != null) {
      printHeader(page.header(), stdout);
    }
    if (!body.isEmpty()) {
      stdout.println(body);
    }
    if (!showRemoved) {
      return;
    }
    if (page.header() != null) {
      stdout.println();
      stdout.println("--- removed from the HTML (" + page.removedFromHtml().size() + " blocks) ---");
      for (RemovedBlock block : page.removedFromHtml()) {
        stdout.println("[" + block.reason() + "] " + shorten(block.text()));
      }
    }
    List<LabeledBlock> removed = layout.withLabel(BlockLabel.FURNITURE);
    stdout.println();
    stdout.println("--- removed from the text (" + removed.size() + " blocks) ---");
    for (LabeledBlock block : removed) {
      stdout.println("[" + block.reason() + "] " + shorten(block.text().strip()));
    }
  }

  /** The blocks the furniture classifier keeps, one paragraph each, separated by blank lines. */
  private static String kept(PageLayout layout) {
    return layout.blocks().stream().filter(b -> b.label() != BlockLabel.FURNITURE).map(b -> b.text().strip())
        .collect(Collectors.joining("\n\n"));
  }

  /** Adds what the HTML extractor and the furniture classifier dropped, as {@code "removed"}. */
  private static void addRemoved(ObjectNode json, Page page, PageLayout layout) {
    ArrayNode removed = json.putArray("removed");
    for (RemovedBlock block : page.removedFromHtml()) {
      removed.addObject().put("from", "html").put("reason", block.reason()).put("text", block.text());
    }
    for (LabeledBlock block : layout.withLabel(BlockLabel.FURNITURE)) {
      removed.addObject().put("from", "text").put("reason", block.reason()).put("text", block.text().strip());
    }
  }

  /** Prints the Title, Date and Author lines the page gives, then a blank line if there were any. */
  private static void printHeader(HtmlArticle article, PrintWriter stdout) {
    boolean any = false;
    if (!article.title().isEmpty()) {
      stdout.println("Title: " + article.title());
      any = true;
    }
    if (article.date() != null) {
      stdout.println("Date: " + article.date());
      any = true;
    }
    if (article.author() != null) {
      stdout.println("Author: " + article.author());
      any = true;
    }
    if (any) {
      stdout.println();
    }
  }

  /** The file's bytes within the default size limit (a device or pipe is cut off there, not read forever). */
  static byte[] readBytes(Path path) {
    return DocumentReader.standard().readBytes(path);
  }

  private static String shorten(String text) {
    return text.length() <= SHOWN_REMOVED_CHARS ? text : text.substring(0, SHOWN_REMOVED_CHARS) + " \u2026";
  }
}
