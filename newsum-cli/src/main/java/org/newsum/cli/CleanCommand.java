package org.newsum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.cleaning.html.DomArticleExtractor;
import org.newsum.cleaning.html.Extraction;
import org.newsum.cleaning.html.RemovedBlock;
import org.newsum.documents.InputException;
import org.newsum.documents.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsum clean}: shows what the cleaning stage makes of a page (its article text, and
 * with {@code --show-removed} what was dropped and why), or extracts a directory of pages to
 * JSONL for the extraction benchmark ({@code --batch}).
 */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the article from an HTML page: title, date and author lines, a blank line, then the body.",
      "With --batch, extract every .html file of a directory to JSONL {\"id\",\"articleBody\"} lines."
    })
final class CleanCommand implements Callable<Integer> {
  /** Longest removed-block text printed by --show-removed before it is cut. */
  private static final int SHOWN_REMOVED_CHARS = 300;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "An HTML page.")
  Path file;

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
      if (file != null || out == null || showRemoved) {
        throw new InputException("clean", "--batch DIR takes --out PRED.jsonl and no FILE or --show-removed");
      }
      if (passes < 1) {
        throw new InputException("--passes", "must be at least 1");
      }
      CleanBatch.Timing timing = CleanBatch.run(batchDir, out, passes, DomArticleExtractor.standard());
      spec.commandLine().getErr().println(timing.report(out));
      return 0;
    }
    if (file == null) {
      throw new InputException("clean", "give an HTML FILE, or --batch DIR --out PRED.jsonl");
    }
    cleanHtmlFile(file, stdout);
    stdout.flush();
    return 0;
  }

  private void cleanHtmlFile(Path path, PrintWriter stdout) {
    String html = TextDecoder.decode(path.toString(), readBytes(path));
    Extraction extraction = showRemoved
        ? DomArticleExtractor.standard().explain(html, "")
        : new Extraction(DomArticleExtractor.standard().extract(html, ""), List.of());
    HtmlArticle article = extraction.article();
    printHeader(article, stdout);
    stdout.println(article.text());
    if (showRemoved) {
      stdout.println();
      stdout.println("--- removed (" + extraction.removed().size() + " blocks) ---");
      for (RemovedBlock block : extraction.removed()) {
        stdout.println("[" + block.reason() + "] " + shorten(block.text()));
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
