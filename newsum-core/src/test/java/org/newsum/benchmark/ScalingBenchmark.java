package org.newsum.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsum.Newsum;
import org.newsum.SummaryRequest;
import org.newsum.cleaning.FurnitureCleaner;
import org.newsum.documents.DocumentReader;
import org.newsum.evaluation.rouge.Rouge;
import org.newsum.evaluation.rouge.RougeData;
import org.newsum.evaluation.rouge.RougeOptions;
import org.newsum.evaluation.rouge.RougeSentences;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

/**
 * The doubling benchmark of {@code bin/benchmark scaling} (not a test): generated news-like text
 * (sentences of words drawn from a Zipf-distributed vocabulary whose most frequent words are
 * English function words) doubled four times, in three series: 1 → 16 MB in one document, the
 * same split over three documents, and 1,000 → 16,000 documents of about 1 KB. For every stage
 * (reading the text files, cleaning, analysis, each method's selection with a 250-word budget,
 * ROUGE of the whole text against a fixed three-sentence reference) it prints the CPU time, the
 * bytes allocated, the peak live heap the stage added and their growth ratios per doubling,
 * flagging those above {@value #MAX_RATIO}. Uses the public API only, and runs from source against the jar:
 *
 * <pre>java -XX:+UseSerialGC -Xmn8m -Xmx3g -cp newsum-cli/target/newsum.jar \
 *     newsum-core/src/test/java/org/newsum/benchmark/ScalingBenchmark.java [one|three|documents ...] [--methods M,...] [--steps N] [--rounds R]
 * java -Xmx200m -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/benchmark/ScalingBenchmark.java request</pre>
 *
 * <p>Each stage runs {@code --rounds} times (default {@value #ROUNDS}) at every size, the sizes one
 * after the other within each stage and round (so that the machine's load, which changes over the
 * minutes a series takes, weighs on all sizes alike instead of showing as growth), then once more
 * per size for the peak, and three costs are kept per stage and size: <b>CPU</b>, the least CPU
 * time of the thread running the stage over the rounds (the stages are single-threaded; on a
 * shared machine wall time mostly measures the other load, and the least of several rounds drops
 * the rounds another process disturbed; collections run in other threads and do not count);
 * <b>allocated</b>, the least number of bytes the thread allocated during a round (exact and
 * unaffected by the load); <b>peak</b>, the peak live heap the stage added (the largest rise over a
 * lowest point before it), from {@value #PEAK_ROUNDS} extra rounds, where only that size's data is in the heap: a
 * {@link PeakSampler} takes the live heap (a full collection) whenever the stage has allocated
 * another 1/{@value #PEAK_SAMPLES} of its allocation, and at its end (the result still reachable).
 * The live heap grows only by what is allocated, so the true peak lies between the largest sample
 * (<em>low</em>) and the largest sample-plus-allocation-since (<em>high</em>); both are printed,
 * each the largest over the peak rounds.
 * Growth is reported per doubling, for each of the three, as the geometric mean over the series
 * and as the largest single doubling whose larger side is measurable (at least 0.1 s, or 16 MB;
 * for the peak, the larger size's low over the smaller size's high, so peak memory that grows
 * faster than linearly fails); growth above {@value #MAX_RATIO} in either is flagged **over**, and
 * each series ends with a verdict line (PASS, or FAIL with the doublings over): nothing is
 * averaged away but the rounds. A single CPU doubling over is first re-measured with
 * {@value #REMEASURE_ROUNDS} more rounds of its two sizes, alternately ({@link #remeasure}): on a
 * shared machine a size none of whose rounds ran in a quiet moment moved one doubling by ±0.15 (and
 * its neighbour the other way), while a cost that grows faster than its input stays over.
 * {@code request} summarizes one generated 4 MiB single-document request with {@code default}
 * as the server does ({@link Newsum#analyze(Cluster, SummaryRequest)} then
 * {@link Newsum#summarize(AnalyzedCluster, SummaryRequest)}); run with {@code -Xmx200m}, finishing
 * shows that it needs at most that heap.
 */
public final class ScalingBenchmark {
  static final double MAX_RATIO = 2.3;
  private static final int MB = 1_000_000;
  private static final Budget BUDGET = Budget.words(250);
  private static final String[] FUNCTION_WORDS = ("the of and to a in that is was he for it with as his on be at by"
      + " i this had not are but from or have an they which one you were her all she there would their we him been"
      + " has when who will more no if out so said what up its about into than them can only other new some could"
      + " time these two may then do first any my now such like our over man me even most made after also did").split(" ");
  /** The peak round samples the live heap (a full collection) this many times per stage, at least (see {@link PeakSampler}). */
  private static final int PEAK_SAMPLES = 16;
  /** Peak rounds per stage and size, whose readings are combined ({@link Peak#widest}). */
  private static final int PEAK_ROUNDS = 3;
  /** ... but not more often than once per this many bytes the stage allocates. */
  private static final long MIN_STEP = 1 << 20;
  /** The heap's memory pools, by name. */
  private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  /** The collector that collects the whole heap ({@code System.gc()}'s): the one managing the most pools. */
  private static final com.sun.management.GarbageCollectorMXBean FULL_COLLECTOR = ManagementFactory
      .getPlatformMXBeans(com.sun.management.GarbageCollectorMXBean.class).stream()
      .max(Comparator.comparingInt(c -> c.getMemoryPoolNames().length)).orElseThrow();
  /** How often the peak round's sampler looks at the stage's allocation. */
  private static final long POLL_MICROS = 200;
  /** Rounds per stage and size, unless {@code --rounds} says otherwise. */
  private static final int ROUNDS = 5;
  /** More rounds, of its two sizes alternately, for a CPU doubling found above {@link #MAX_RATIO} ({@link #remeasure}). */
  private static final int REMEASURE_ROUNDS = 5;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Vocabulary vocabulary = new Vocabulary(50_000, 1.05);
  private final int rounds;

  private ScalingBenchmark(int rounds) {
    this.rounds = rounds;
  }

  public static void main(String[] args) throws IOException {
    List<String> series = new ArrayList<>();
    List<String> methods = Summarizers.names();
    int steps = 5;
    int rounds = ROUNDS;
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--methods" -> methods = List.of(args[++a].split(","));
        case "--steps" -> steps = Integer.parseInt(args[++a]);
        case "--rounds" -> rounds = Integer.parseInt(args[++a]);
        default -> series.add(args[a]);
      }
    }
    ScalingBenchmark benchmark = new ScalingBenchmark(rounds);
    if (series.equals(List.of("request"))) {
      benchmark.request();
      return;
    }
    if (series.isEmpty()) {
      series = List.of("one", "three", "documents");
    }
    System.out.printf(Locale.ROOT, "%d cores, load average %s before; %d rounds per stage and size (sizes interleaved):"
        + " CPU = least CPU time of the stage's thread, alloc = least bytes it allocated; then %d more rounds per size for"
        + " peak = the peak live heap it added, low–high, each the largest over those rounds (live heap sampled by a"
        + " full collection every 1/%d of its allocation; growth = larger size's low / smaller size's high); **over**: growth above %.1f per doubling,"
        + " mean or any single doubling%n%n",
        Runtime.getRuntime().availableProcessors(), loadAverage(), rounds, PEAK_ROUNDS, PEAK_SAMPLES, MAX_RATIO);
    benchmark.run(new Series("warm-up", 1, 0), List.of("0.1"), methods, false);
    for (String name : series) {
      Series s = switch (name) {
        case "one" -> new Series("1 document, MB of text", 1, 0);
        case "three" -> new Series("3 documents, MB of text in all", 3, 0);
        case "documents" -> new Series("documents of ~1 KB, thousands", 1000, 1000);
        default -> throw new IllegalArgumentException("unknown series " + name + " (one, three, documents, request)");
      };
      List<String> sizes = new ArrayList<>();
      for (int k = 0; k < steps; k++) {
        sizes.add(Integer.toString(1 << k));
      }
      benchmark.run(s, sizes, methods, true);
    }
    System.out.printf("load average %s after%n", loadAverage());
  }

  /** The 1, 5 and 15-minute load averages from /proc/loadavg, or "unknown". */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return String.join(" ", fields[0], fields[1], fields[2]);
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * A series: at size {@code x}, either {@code x} MB of text split among {@code documents}
   * documents ({@code documentChars} 0), or {@code x · documents} documents of
   * {@code documentChars} characters each.
   */
  private record Series(String name, int documents, int documentChars) {
    List<String> texts(ScalingBenchmark b, double size, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      int count = documentChars == 0 ? documents : (int) Math.round(documents * size);
      long chars = documentChars == 0 ? Math.round(size * MB) / documents : documentChars;
      List<String> texts = new ArrayList<>(count);
      for (int d = 0; d < count; d++) {
        texts.add(b.text(random, chars));
      }
      return texts;
    }
  }

  /** One stage's cost at one size: CPU seconds, MB allocated, MB of peak live heap added. */
  private record Cost(double seconds, double allocated, Peak peak) {
    /** The least CPU time and allocation of this and {@code other} (which may be null). */
    Cost least(Cost other) {
      return other == null ? this : new Cost(Math.min(seconds, other.seconds), Math.min(allocated, other.allocated), null);
    }
  }

  /** The three costs, in the order of the table's column groups. */
  private enum Measure {
    CPU("CPU s", 0.1), ALLOCATED("alloc MB", 16), PEAK("peak MB", 16);

    final String label;
    /** Below this, timer noise, buffer sizes and sampling dominate: not used for growth. */
    final double floor;

    Measure(String label, double floor) {
      this.label = label;
      this.floor = floor;
    }

    double of(Cost c) {
      return switch (this) {
        case CPU -> c.seconds();
        case ALLOCATED -> c.allocated();
        case PEAK -> c.peak().low();
      };
    }
  }

  /** One size's input files and the stage results so far, each stage's input being the one before's. */
  private static final class State {
    final List<Path> files;
    List<String> texts;
    Cluster cluster;
    Cluster cleaned;
    AnalyzedCluster analyzed;
    List<String> peer;
    List<List<String>> reference;
    Object selection;
    Object scores;

    State(List<Path> files) {
      this.files = files;
    }
  }

  /** A step of the pipeline: a stage measured under {@code name}, or (name null) preparation that is not measured. */
  private record Step(String name, Consumer<State> work) {}

  /** The stages in pipeline order, with the unmeasured steps between them. */
  private static List<Step> pipeline(List<String> methods) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("read (text files)", s -> s.texts = read(s.files)));
    steps.add(new Step(null, s -> s.cluster = cluster(s.texts)));
    steps.add(new Step("clean", s -> s.cleaned = FurnitureCleaner.standard().clean(s.cluster)));
    steps.add(new Step("analyse", s -> s.analyzed = ClusterAnalyzer.standard().analyze(s.cleaned)));
    for (String method : methods) {
      steps.add(new Step(method, s -> s.selection = Summarizers.byName(method).select(s.analyzed, BUDGET)));
    }
    steps.add(new Step(null, s -> {
      s.selection = null;
      s.peer = new ArrayList<>();
      for (String t : s.texts) {
        s.peer.addAll(RougeSentences.split(t.replace('\n', ' '), SplitMode.REGEX));
      }
      String first = s.texts.get(0);
      s.reference = List.of(List.of(first.substring(0, Math.min(600, first.length())).replace('\n', ' ').split("(?<=\\.) ")));
    }));
    Rouge rouge = new Rouge(RougeOptions.multiNews(), RougeData.none());
    steps.add(new Step("ROUGE (-n 2 --su 4 -m, L)", s -> s.scores = rouge.score(s.peer, s.reference)));
    return steps;
  }

  /**
   * Measures every stage at every size: {@link #rounds} rounds for CPU time and allocation, in each
   * round every stage at all sizes one after the other (so that a change of the machine's load
   * between sizes, minutes apart when sizes are measured in turn, does not show as growth), then
   * {@link #PEAK_ROUNDS} rounds per size, alone in the heap, for the peak.
   */
  private void run(Series series, List<String> sizes, List<String> methods, boolean print) throws IOException {
    List<Step> pipeline = pipeline(methods);
    int count = sizes.size();
    List<List<Path>> files = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    for (String size : sizes) {
      Path dir = Files.createTempDirectory("newsum-scaling");
      dirs.add(dir);
      files.add(write(dir, series.texts(this, Double.parseDouble(size), 17)));
    }
    Map<String, Cost[]> costs = new LinkedHashMap<>();
    for (Step step : pipeline) {
      if (step.name() != null) {
        costs.put(step.name(), new Cost[count]);
      }
    }
    List<String> sentences = new ArrayList<>();
    State[] states = new State[count];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < count; k++) {
        states[k] = new State(files.get(k));
      }
      for (Step step : pipeline) {
        for (int k = 0; k < count; k++) {
          if (step.name() == null) {
            step.work().accept(states[k]);
          } else {
            Cost[] c = costs.get(step.name());
            c[k] = time(step.work(), states[k]).least(c[k]);
          }
        }
      }
    }
    List<String> remeasured = remeasure(pipeline, costs, states, sizes);
    for (int k = 0; k < count; k++) {
      sentences.add(String.format(Locale.ROOT, "%,d", states[k].analyzed.size()));
      states[k] = null;
    }
    for (int peakRound = 0; peakRound < PEAK_ROUNDS; peakRound++) {
      for (int k = 0; k < count; k++) {
        State state = new State(files.get(k));
        for (Step step : pipeline) {
          if (step.name() == null) {
            step.work().accept(state);
          } else {
            Cost[] c = costs.get(step.name());
            PeakSampler sampler = new PeakSampler(Thread.currentThread().getId(), Math.max(MIN_STEP, (long) (c[k].allocated() * 1e6) / PEAK_SAMPLES));
            step.work().accept(state);
            c[k] = new Cost(c[k].seconds(), c[k].allocated(), sampler.stop().widest(c[k].peak()));
          }
        }
      }
    }
    for (int k = 0; k < count; k++) {
      for (Path file : files.get(k)) {
        Files.delete(file);
      }
      Files.delete(dirs.get(k));
    }
    if (!print) {
      return;
    }
    System.out.printf("### %s: %s (sentences: %s)%n%n", series.name(), String.join(", ", sizes), String.join(", ", sentences));
    StringBuilder header = new StringBuilder("| stage |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Measure m : Measure.values()) {
      for (String size : sizes) {
        header.append(' ').append(m.label).append(" @").append(size).append(" |");
        rule.append("---|");
      }
    }
    for (Measure m : Measure.values()) {
      header.append(' ').append(m.label.split(" ")[0]).append(" ×/doubling (mean, max)").append(" |");
      rule.append("---|");
    }
    System.out.println(header);
    System.out.println(rule);
    List<String> over = new ArrayList<>();
    double largest = 0;
    for (Map.Entry<String, Cost[]> e : costs.entrySet()) {
      List<Cost> c = Arrays.asList(e.getValue());
      StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
      for (Measure m : Measure.values()) {
        for (Cost x : c) {
          row.append(switch (m) {
            case CPU -> String.format(Locale.ROOT, " %.3f |", x.seconds());
            case ALLOCATED -> String.format(Locale.ROOT, " %.1f |", x.allocated());
            case PEAK -> String.format(Locale.ROOT, " %.1f–%.1f |", x.peak().low(), x.peak().high());
          });
        }
      }
      for (Measure m : Measure.values()) {
        Growth g = Growth.of(c, m);
        if (g == null) {
          row.append(" - |");
          continue;
        }
        boolean above = g.mean() > MAX_RATIO || g.max() > MAX_RATIO;
        row.append(String.format(Locale.ROOT, " %.2f, %.2f%s |", g.mean(), g.max(), above ? " **over**" : ""));
        largest = Math.max(largest, g.max());
        if (above) {
          over.add(String.format(Locale.ROOT, "%s %s %.2f× (%s → %s)", e.getKey(), m.label.split(" ")[0], g.max(),
              sizes.get(g.maxAt() - 1), sizes.get(g.maxAt())));
        }
      }
      System.out.println(row);
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "**verdict, %s: %s** (%d stages, CPU, allocation and peak, every measurable doubling; largest %.2f×)%s%n%n",
        series.name(), over.isEmpty() ? "PASS, all ≤ " + MAX_RATIO + "× per doubling" : "FAIL, " + over.size() + " over " + MAX_RATIO + "×",
        costs.size(), largest, over.isEmpty() ? "" : ": " + String.join("; ", over));
    if (!remeasured.isEmpty()) {
      System.out.printf("CPU doublings re-measured (%d more rounds of both sizes, figures above): %s%n%n", REMEASURE_ROUNDS,
          String.join("; ", remeasured));
    }
  }

  /**
   * Re-measures each stage's largest CPU doubling while it is above {@link #MAX_RATIO} (each
   * doubling once): {@value #REMEASURE_ROUNDS} more rounds of the stage at its two sizes,
   * alternately, each size keeping its least CPU time over all its rounds. A stage whose work grows
   * faster than its input stays over, since the extra rounds time the same work; a doubling over only
   * because one of its sizes had no round in a quiet moment gets more chances, each seconds from the
   * other size's. Returns what was re-measured, with its growth before.
   */
  private static List<String> remeasure(List<Step> pipeline, Map<String, Cost[]> costs, State[] states, List<String> sizes) {
    List<String> remeasured = new ArrayList<>();
    for (Step step : pipeline) {
      if (step.name() == null) {
        continue;
      }
      Cost[] c = costs.get(step.name());
      boolean[] done = new boolean[c.length];
      Growth g = Growth.of(Arrays.asList(c), Measure.CPU);
      while (g != null && g.max() > MAX_RATIO && !done[g.maxAt()]) {
        done[g.maxAt()] = true;
        for (int round = 0; round < REMEASURE_ROUNDS; round++) {
          for (int k = g.maxAt() - 1; k <= g.maxAt(); k++) {
            c[k] = time(step.work(), states[k]).least(c[k]);
          }
        }
        remeasured.add(String.format(Locale.ROOT, "%s %s → %s (was %.2f×)", step.name(), sizes.get(g.maxAt() - 1), sizes.get(g.maxAt()), g.max()));
        g = Growth.of(Arrays.asList(c), Measure.CPU);
      }
    }
    return remeasured;
  }

  /**
   * Growth per doubling of one measure: {@code mean}, the geometric mean from the first measurable
   * size (at least the measure's floor) to the last, and {@code max}, the largest single doubling
   * whose larger side is measurable (its smaller side taken as at least half the floor), at size
   * index {@code maxAt}. Both are checked against {@link #MAX_RATIO}. For the peak, each ratio is
   * the larger size's low over the smaller size's high: growth beyond what sampling leaves open
   * (a peak that doubles per doubling cannot fail it; one that quadruples cannot pass it).
   */
  private record Growth(double mean, double max, int maxAt) {
    /** The growth, or null when fewer than two sizes are measurable. */
    static Growth of(List<Cost> costs, Measure measure) {
      double floor = measure.floor;
      double[] v = costs.stream().mapToDouble(measure::of).toArray();
      double[] below = measure == Measure.PEAK ? costs.stream().mapToDouble(c -> c.peak().high()).toArray() : v;
      int first = 0;
      while (first < v.length && v[first] < floor) {
        first++;
      }
      if (first >= v.length - 1) {
        return null;
      }
      double mean = Math.pow(v[v.length - 1] / below[first], 1.0 / (v.length - 1 - first));
      double max = 0;
      int maxAt = 0;
      for (int k = 1; k < v.length; k++) {
        double ratio = v[k] / Math.max(below[k - 1], floor / 2);
        if (v[k] >= floor && ratio > max) {
          max = ratio;
          maxAt = k;
        }
      }
      return new Growth(mean, max, maxAt);
    }
  }

  /** Runs one stage once on {@code state}: its thread's CPU time and allocation (no peak yet). */
  private static Cost time(Consumer<State> work, State state) {
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long start = THREADS.getCurrentThreadCpuTime();
    work.accept(state);
    double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    return new Cost(seconds, (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1e6, null);
  }

  /** The peak live heap a stage added: at least {@code low} MB, at most {@code high} MB. */
  private record Peak(double low, double high) {
    /**
     * Of two readings of the same peak, the largest low and the largest high: a sampled low is a
     * rise the heap really made, so the largest is the best lower bound, and a reading whose high
     * fell below another's low had missed part of the peak (as the full pipeline's peak rounds
     * sometimes did for one stage at one size), so the largest high is the one to trust.
     */
    Peak widest(Peak other) {
      return other == null ? this : new Peak(Math.max(low, other.low), Math.max(high, other.high));
    }
  }

  /**
   * Samples the live heap while a stage runs on the thread {@code worker}: a full collection
   * whenever the worker has allocated {@code step} more bytes since the last one (polled every
   * {@value #POLL_MICROS} µs), and one at the start and at the end. The live heap can only grow
   * by what is allocated, so between two samples it stays below the first plus the bytes the
   * worker allocated in between: the peak is within [largest sample, largest sample-plus-interval
   * allocation] (the allocations of other threads, the sampler's own, are negligible). What the
   * stage added is the largest rise of the live heap over its lowest point before: the live heap
   * at a stage's start can hold data that the stage then releases (seen as 10–17 MB at 1 MB of
   * text), which measured from the start would hide that much of the stage's own peak.
   */
  private static final class PeakSampler {
    private final long worker;
    private final Thread thread;
    private volatile boolean running = true;
    // Written by the sampling thread, then (after join) by stop().
    /** The worker's allocation counter read just before and just after the last sample's collection. */
    private long allocatedBefore;
    private long allocatedAfter;
    private long lastLive;
    private long lowest;
    private long low;
    private long high;

    PeakSampler(long worker, long step) {
      this.worker = worker;
      allocatedBefore = THREADS.getThreadAllocatedBytes(worker);
      lastLive = liveHeap();
      allocatedAfter = THREADS.getThreadAllocatedBytes(worker);
      lowest = lastLive;
      thread = new Thread(() -> {
        while (running) {
          LockSupport.parkNanos(POLL_MICROS * 1000L);
          if (THREADS.getThreadAllocatedBytes(worker) - allocatedAfter >= step) {
            sample();
          }
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    /**
     * One sample. The rise of the live heap over its lowest point so far bounds the stage's peak
     * from below. From above: between two collections the live heap stays below the first's plus
     * what the worker allocated between them, which is at most the counter read after the second
     * less the counter read before the first (the worker runs on while the counter is read, and
     * a thread's allocation buffers are counted when retired, at the latest at a collection).
     */
    private void sample() {
      long before = THREADS.getThreadAllocatedBytes(worker);
      long live = liveHeap();
      long after = THREADS.getThreadAllocatedBytes(worker);
      high = Math.max(high, lastLive + after - allocatedBefore - lowest);
      lowest = Math.min(lowest, live);
      low = Math.max(low, live - lowest);
      high = Math.max(high, low);
      allocatedBefore = before;
      allocatedAfter = after;
      lastLive = live;
    }

    /** Stops sampling, takes a last sample (the stage's result still reachable) and returns the peak the stage added, in MB. */
    Peak stop() {
      running = false;
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sample();
      return new Peak(low / 1e6, high / 1e6);
    }
  }

  private static List<Path> write(Path dir, List<String> texts) throws IOException {
    List<Path> files = new ArrayList<>(texts.size());
    for (int d = 0; d < texts.size(); d++) {
      Path file = dir.resolve("doc" + d + ".txt");
      Files.writeString(file, texts.get(d), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  /** Reads text files with {@link DocumentReader}, as {@code newsum summarize FILE...} does. */
  private static List<String> read(List<Path> files) {
    DocumentReader reader = DocumentReader.standard();
    List<String> texts = new ArrayList<>(files.size());
    for (Path file : files) {
      texts.add(reader.read(file).get(0).text());
    }
    return texts;
  }

  private static Cluster cluster(List<String> texts) {
    List<Document> documents = new ArrayList<>(texts.size());
    for (int d = 0; d < texts.size(); d++) {
      documents.add(Document.of("d" + d, texts.get(d)));
    }
    return new Cluster("scaling", documents, null);
  }

  /** One 4 MiB single-document request with {@code default}, as the server handles it. */
  private void request() {
    String text = text(new SplittableRandom(4), 4L << 20);
    Newsum newsum = Newsum.standard();
    SummaryRequest request = SummaryRequest.of(Summarizers.DEFAULT, SummaryRequest.DEFAULT_BUDGET);
    long start = System.nanoTime();
    Cluster cluster = new Cluster("request", List.of(Document.of("d0", text)), null);
    int sentences = newsum.summarize(newsum.analyze(cluster, request), request).sentences().size();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "one %d-character single-document request, default: %d summary sentences in %.1f s"
        + " (wall) within a maximum heap of %d MB%n", text.length(), sentences, seconds,
        Runtime.getRuntime().maxMemory() / (1 << 20));
  }

  /** About {@code chars} characters of paragraphs of generated sentences. */
  private String text(SplittableRandom random, long chars) {
    StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, chars + 200));
    while (text.length() < chars) {
      int sentences = 3 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        int words = 6 + random.nextInt(28);
        for (int w = 0; w < words; w++) {
          String word = vocabulary.draw(random);
          if (w == 0) {
            text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
          } else {
            text.append(word);
          }
          text.append(w == words - 1 ? ". " : random.nextInt(12) == 0 ? ", " : " ");
        }
      }
      text.setLength(text.length() - 1);
      text.append("\n\n");
    }
    return text.toString();
  }

  /** Words with Zipf frequencies: the function words first, then made-up words of two to four syllables. */
  private static final class Vocabulary {
    private final String[] words;
    private final double[] cumulative;

    Vocabulary(int size, double exponent) {
      words = new String[size];
      SplittableRandom random = new SplittableRandom(1);
      String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "con", "dal", "fen", "gor", "han",
        "jis", "mar", "nor", "pol", "ques", "ran", "ster", "tor", "ung", "wel"};
      for (int r = 0; r < size; r++) {
        if (r < FUNCTION_WORDS.length) {
          words[r] = FUNCTION_WORDS[r];
        } else {
          StringBuilder w = new StringBuilder();
          int count = 2 + random.nextInt(3);
          for (int k = 0; k < count; k++) {
            w.append(syllables[random.nextInt(syllables.length)]);
          }
          words[r] = w.toString();
        }
      }
      cumulative = new double[size];
      double sum = 0;
      for (int r = 0; r < size; r++) {
        sum += 1 / Math.pow(r + 1, exponent);
        cumulative[r] = sum;
      }
      for (int r = 0; r < size; r++) {
        cumulative[r] /= sum;
      }
    }

    String draw(SplittableRandom random) {
      int at = Arrays.binarySearch(cumulative, random.nextDouble());
      return words[Math.min(words.length - 1, at >= 0 ? at : -at - 1)];
    }
  }

  /**
   * The live heap: the heap's usage after a full collection, as that collection recorded it
   * ({@link #FULL_COLLECTOR}'s last GC information). Reading the pools' collection usage instead
   * could mix in a young collection that ran between the full one and the reading (the worker
   * allocates on): the young pools then show that collection's survivors, and what it promoted to
   * the old pool is counted nowhere, so the live heap came out too low by up to the young
   * generation's size, and with it the upper bound of a peak.
   */
  private static long liveHeap() {
    System.gc();
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : FULL_COLLECTOR.getLastGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (HEAP_POOLS.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }
}
