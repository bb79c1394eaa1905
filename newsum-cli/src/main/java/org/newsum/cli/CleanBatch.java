package org.newsum.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.output.OutputFiles;

/**
 * {@code newsum clean --batch}: extracts every .html file of a directory to JSONL lines
 * {@code {"id": <file name without .html>, "title", "date", "author", "url", "language", "articleBody"}}
 * ({@link CleanedPage}; the extraction benchmark scores {@code articleBody}), written atomically, and times the extraction alone: pages are read and
 * decoded before the clock runs, and with several passes the first one warms the JIT up.
 */
final class CleanBatch {
  private CleanBatch() {}

  /**
   * Milliseconds per page over the timed passes: wall-clock time, and the extracting thread's
   * CPU time (less disturbed when other processes share the machine).
   */
  record Timing(int pages, int passes, boolean warm, Stats wall, Stats cpu) {
    String report(Path out) {
      return String.format(Locale.ROOT, "clean: %d pages -> %s; %s, %d timed pass%s%n  wall: %s%n  cpu:  %s",
          pages, out, warm ? "warm (after 1 warm-up pass)" : "cold (single pass)", passes, passes == 1 ? "" : "es",
          wall, cpu);
    }
  }

  /** Mean, median, 90th percentile and maximum of per-page milliseconds. */
  record Stats(double mean, double median, double p90, double max) {
    static Stats of(double[] ms) {
      double sum = 0;
      for (double m : ms) {
        sum += m;
      }
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return new Stats(sum / n, sorted[n / 2], sorted[Math.max(0, (int) Math.ceil(0.9 * n) - 1)], sorted[n - 1]);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "mean %.2f ms/page, median %.2f, p90 %.2f, max %.1f", mean, median, p90, max);
    }
  }

  static Timing run(Path dir, Path out, int passes, ArticleExtractor extractor) {
    List<Path> files = htmlFiles(dir);
    OutputFiles.check(out, files);
    String[] ids = new String[files.size()];
    String[] pages = new String[files.size()];
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString();
      ids[i] = name.substring(0, name.lastIndexOf('.'));
      pages[i] = DocumentReader.decode(files.get(i).toString(), CleanCommand.readBytes(files.get(i)));
    }
    HtmlArticle[] articles = new HtmlArticle[pages.length];
    int timedPasses = passes == 1 ? 1 : passes - 1;
    double[] wallMs = new double[timedPasses * pages.length];
    double[] cpuMs = new double[wallMs.length];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < passes; pass++) {
      int slot = pass - (passes - timedPasses);
      for (int i = 0; i < pages.length; i++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        articles[i] = extractor.extract(pages[i], "");
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        if (slot >= 0) {
          wallMs[slot * pages.length + i] = elapsed / 1e6;
          cpuMs[slot * pages.length + i] = cpu / 1e6;
        }
      }
    }
    write(out, ids, articles);
    return new Timing(pages.length, timedPasses, passes > 1, Stats.of(wallMs), Stats.of(cpuMs));
  }

  private static List<Path> htmlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), "not a directory");
    }
    try (Stream<Path> list = Files.list(dir)) {
      List<Path> files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html"))
          .filter(Files::isRegularFile).sorted().toList();
      if (files.isEmpty()) {
        throw new InputException(dir.toString(), "no .html files in the directory");
      }
      return files;
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list directory: " + e.getMessage(), e);
    }
  }

  private static void write(Path out, String[] ids, HtmlArticle[] articles) {
    List<String> lines = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      HtmlArticle a = articles[i];
      lines.add(CleanedPage.json(ids[i], a.title(), a.date(), a.author(), null, "articleBody", a.text()).toString());
    }
    OutputFiles.writeLines(out, lines);
  }
}
