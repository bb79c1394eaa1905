package org.newsum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
          + " scraped from a page, or a URL.",
      "With --batch, extract every .html file of a directory to JSONL {\"id\",\"articleBody\"} lines."
    })
final class CleanCommand implements Callable<Integer> {
  /** Longest removed-block text printed by --show-removed before it is cut. */
  private static final int SHOWN_REMOVED_CHARS = 300;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE|URL",
      description = "HTML or text files, or http(s) URLs. Several inputs are cleaned together as one cluster, as"
          + " summarize does (repetition and topic across the pages are evidence of furniture).")
  List<String> inputs = List.of();

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
      if (pages.size() > 1) {
        stdout.println((i == 0 ? "" : "\n") + "==> " + inputs.get(i) + " <==");
      }
      printPage(pages.get(i), layouts.get(i), stdout);
    }
    stdout.flush();
    return 0;
  }

  /** A page read for cleaning: its text (after HTML extraction) and what the extractor dropped. */
  private record Page(Document document, HtmlArticle header, List<RemovedBlock> removedFromHtml) {}

  private Page read(String input) {
    if (DocumentReader.isUrl(input)) {
      Document page = DocumentReader.standard().fetch(input);
      return new Page(page, new HtmlArticle(page.title(), page.text(), page.date(), null), List.of());
    }
    Path path = Path.of(input);
    String text = DocumentReader.decode(input, readBytes(path));
    if (!DocumentReader.isHtml(path.getFileName().toString(), text)) {
      return new Page(Document.of(input, text), null, List.of());
    }
    Extraction extraction = showRemoved
        ? ArticleExtractor.standard().explain(text, "")
        : new Extraction(ArticleExtractor.standard().extract(text, ""), List.of());
    HtmlArticle article = extraction.article();
    return new Page(new Document(input, article.title(), article.text(), article.date(), null), article,
        extraction.removed());
  }

  /**
   * Prints a page's header lines (HTML and URLs), the body and heading blocks the furniture
   * classifier keeps, one paragraph per block, and with {@code --show-removed} what the HTML
   * extractor and the classifier dropped, with their reasons.
   */
  private void printPage(Page page, PageLayout layout, PrintWriter stdout) {
    if (page.header() != null) {
      printHeader(page.header(), stdout);
    }
    List<LabeledBlock> kept = layout.blocks().stream().filter(b -> b.label() != BlockLabel.FURNITURE).toList();
    for (int i = 0; i < kept.size(); i++) {
      stdout.println(kept.get(i).text().strip());
      if (i + 1 < kept.size()) {
        stdout.println();
      }
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

  static byte[] readBytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(path.toString(), "no such file");
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  private static String shorten(String text) {
    return text.length() <= SHOWN_REMOVED_CHARS ? text : text.substring(0, SHOWN_REMOVED_CHARS) + " \u2026";
  }
}
