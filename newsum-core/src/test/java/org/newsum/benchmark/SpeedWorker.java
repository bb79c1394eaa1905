package org.newsum.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsum.Newsum;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;

/**
 * One side of {@code bin/benchmark speed-vs}: a warm JVM that times newsum on command, so that a
 * driver can alternate two builds (an older commit and this one) on the same machine and input.
 * It uses only API that both sides have (pages are read as UTF-8, which every benchmark page is),
 * and is run from source against each side's jar:
 *
 * <pre>java -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/benchmark/SpeedWorker.java CLUSTERS.jsonl HTML_DIR</pre>
 *
 * <p>Commands, one per line on standard input, each answered by one line on standard output:
 * {@code pipeline} (summarize every cluster with {@code default} in 250 words, one thread:
 * whole pipeline, cleaning to attribution; answers {@code wall/cpu} seconds per cluster,
 * space-separated, in file order; CPU is the thread's, which other processes on the machine
 * inflate much less than wall time), {@code extract} (extract the article of every page: answers
 * {@code wall/cpu} milliseconds per page), {@code digest} (a SHA-256 of every summary's text:
 * equal digests mean identical output), {@code jit} (the milliseconds this JVM's JIT has spent
 * compiling so far, to tell whether timed rounds were warm) and {@code write-extraction FILE} (the bodies of the last extraction as JSONL for the scorer).
 */
public final class SpeedWorker {
  private static final Budget BUDGET = Budget.words(250);

  private final List<Cluster> clusters;
  private final String[] pageIds;
  private final String[] pages;
  private final String[] bodies;
  private final Newsum newsum = Newsum.standard();
  private final ArticleExtractor extractor = ArticleExtractor.standard();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  private SpeedWorker(Path clusterFile, Path htmlDir) throws IOException {
    clusters = ClusterJsonlReader.readAll(clusterFile).stream().map(ClusterRecord::cluster).toList();
    List<Path> files;
    try (Stream<Path> list = Files.list(htmlDir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    pageIds = new String[files.size()];
    pages = new String[files.size()];
    bodies = new String[files.size()];
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString();
      pageIds[i] = name.substring(0, name.length() - ".html".length());
      pages[i] = new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8);
    }
  }

  public static void main(String[] args) throws IOException {
    SpeedWorker worker = new SpeedWorker(Path.of(args[0]), Path.of(args[1]));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] command = line.trim().split(" ", 2);
      String answer = switch (command[0]) {
        case "pipeline" -> worker.pipeline();
        case "extract" -> worker.extract();
        case "digest" -> worker.digest();
        case "jit" -> Long.toString(ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        case "write-extraction" -> worker.writeExtraction(Path.of(command[1]));
        default -> "error: unknown command " + command[0];
      };
      System.out.println(answer);
      System.out.flush();
    }
  }

  private String pipeline() {
    StringBuilder seconds = new StringBuilder();
    for (Cluster cluster : clusters) {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      newsum.summarize(cluster, "default", BUDGET);
      long wall = System.nanoTime() - start;
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      seconds.append(String.format(Locale.ROOT, "%.6f/%.6f ", wall / 1e9, cpu / 1e9));
    }
    return seconds.toString().trim();
  }

  private String extract() {
    StringBuilder millis = new StringBuilder();
    for (int i = 0; i < pages.length; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      bodies[i] = extractor.extract(pages[i], "").text();
      long wall = System.nanoTime() - start;
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      millis.append(String.format(Locale.ROOT, "%.4f/%.4f ", wall / 1e6, cpu / 1e6));
    }
    return millis.toString().trim();
  }

  private String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Cluster cluster : clusters) {
        sha.update((cluster.id() + "\n").getBytes(StandardCharsets.UTF_8));
        for (String sentence : newsum.summarize(cluster, "default", BUDGET).texts()) {
          sha.update((sentence + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String writeExtraction(Path file) {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < pageIds.length; i++) {
        ObjectNode line = json.createObjectNode();
        line.put("id", pageIds[i]);
        line.put("articleBody", bodies[i]);
        w.write(json.writeValueAsString(line));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "wrote " + file;
  }
}
