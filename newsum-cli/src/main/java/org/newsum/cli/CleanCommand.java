package org.newsum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsum.cleaning.BlockLabel;
import org.newsum.cleaning.FurnitureClassifier;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;
import org.newsum.cleaning.html.DomArticleExtractor;
import org.newsum.cleaning.html.Extraction;
import org.newsum.cleaning.html.RemovedBlock;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.documents.TextDecoder;
import org.newsum.documents.web.FetchLimits;
import org.newsum.documents.web.WebPageFetcher;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
      "Show the article text of a page: an HTML file (title, date and author lines, a blank line, then the",
      "body), a text file scraped from a page, or a URL. Page furniture is removed as for summarizing.",
      "With --batch, extract every .html file of a directory to JSONL {\"id\",\"articleBody\"} lines."
    })
final class CleanCommand implements Callable<Integer> {
  /** Longest removed-block text printed by --show-removed before it is cut. */
  private static final int SHOWN_REMOVED_CHARS = 300;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE|URL", description = "An HTML or text file, or an http(s) URL.")
  String input;

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
      if (input != null || out == null || showRemoved) {
        throw new InputException("clean", "--batch DIR takes --out PRED.jsonl and no FILE or --show-removed");
      }
      if (passes < 1) {
        throw new InputException("--passes", "must be at least 1");
      }
      CleanBatch.Timing timing = CleanBatch.run(batchDir, out, passes, DomArticleExtractor.standard());
      spec.commandLine().getErr().println(timing.report(out));
      return 0;
    }
    if (input == null) {
      throw new InputException("clean", "give a FILE or URL, or --batch DIR --out PRED.jsonl");
    }
    if (WebPageFetcher.isUrl(input)) {
      DocumentReader reader = new DocumentReader(DomArticleExtractor.standard(), DocumentReader.DEFAULT_MAX_BYTES);
      Document page = new WebPageFetcher(reader, FetchLimits.defaults()).fetch(input);
      printHeader(new HtmlArticle(page.title(), page.text(), page.date(), null), stdout);
      cleanText(page, stdout);
    } else {
      Path path = Path.of(input);
      String text = TextDecoder.decode(input, readBytes(path));
      if (DocumentReader.isHtml(path.getFileName().toString(), text)) {
        cleanHtmlFile(text, stdout);
      } else {
        cleanText(Document.of(path.getFileName().toString(), text), stdout);
      }
    }
    stdout.flush();
    return 0;
  }

  private void cleanHtmlFile(String html, PrintWriter stdout) {
    Extraction extraction = showRemoved
        ? DomArticleExtractor.standard().explain(html, "")
        : new Extraction(DomArticleExtractor.standard().extract(html, ""), List.of());
    HtmlArticle article = extraction.article();
    printHeader(article, stdout);
    cleanText(Document.of("page", article.text()), stdout);
    if (showRemoved) {
      stdout.println("--- removed from the HTML (" + extraction.removed().size() + " blocks) ---");
      for (RemovedBlock block : extraction.removed()) {
        stdout.println("[" + block.reason() + "] " + shorten(block.text()));
      }
    }
  }

  /**
   * Prints the body and heading blocks the furniture classifier keeps, one paragraph per block;
   * with {@code --show-removed}, then the furniture blocks with their reasons.
   */
  private void cleanText(Document document, PrintWriter stdout) {
    PageLayout layout = new FurnitureClassifier().classify(Cluster.of("clean", List.of(document))).get(0);
    List<LabeledBlock> kept = layout.blocks().stream().filter(b -> b.label() != BlockLabel.FURNITURE).toList();
    for (int i = 0; i < kept.size(); i++) {
      stdout.println(kept.get(i).text().strip());
      if (i + 1 < kept.size()) {
        stdout.println();
      }
    }
    if (showRemoved) {
      List<LabeledBlock> removed = layout.withLabel(BlockLabel.FURNITURE);
      stdout.println();
      stdout.println("--- removed from the text (" + removed.size() + " blocks) ---");
      for (LabeledBlock block : removed) {
        stdout.println("[" + block.reason() + "] " + shorten(block.text().strip()));
      }
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
