package org.newsum.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test): a burst of concurrent maximum-size {@code POST /api/summarize}
 * requests (from {@code curl} processes) against an in-process server with the default limits;
 * prints the status counts, latencies and the server JVM's peak heap. Run with a fixed {@code -Xmx} (see docs/bench-server.md).
 *
 * <p>Arguments: {@code [requests] [bodyBytes]}, defaults 64 and the default body limit. The
 * body is one request of 20 documents of distinct synthetic news-like sentences built from the
 * seed articles' words (or the inline test articles), just under the size limit.
 */
public final class ServerMemoryBench {
  private ServerMemoryBench() {}

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    long limit = args.length > 1 ? Long.parseLong(args[1]) : ServerConfig.DEFAULT_MAX_BODY_BYTES;
    ServerConfig config = ServerConfig.defaults().withLimits(limit, ServerConfig.DEFAULT_MAX_DOCUMENTS);
    byte[] body = body(limit - 1024);
    System.out.printf("burst: %d concurrent requests of %,d bytes; server: %d workers, queue %d, timeout %ds, -Xmx %,d MiB%n",
        requests, body.length, config.workers(), config.queueCapacity(), config.timeout().toSeconds(),
        Runtime.getRuntime().maxMemory() >> 20);

    Path bodyFile = Files.createTempFile("newsum-bench-body", ".json");
    Files.write(bodyFile, body);
    try (TestServer server = new TestServer(config)) {
      System.gc();
      long baseline = usedHeap();
      resetPeaks();
      HeapSampler sampler = new HeapSampler();
      sampler.start();
      AfterGcPeak afterGc = new AfterGcPeak();

      // The clients are curl processes, so that only the server's memory is in this JVM.
      long t0 = System.nanoTime();
      List<Process> clients = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        clients.add(new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}",
            "-H", "Content-Type: application/json", "--data-binary", "@" + bodyFile, server.uri("/api/summarize").toString())
            .redirectErrorStream(true).start());
      }
      Map<String, List<Double>> byStatus = new TreeMap<>();
      for (Process client : clients) {
        String[] out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
        client.waitFor();
        byStatus.computeIfAbsent(out[0], k -> new ArrayList<>()).add(out.length > 1 ? Double.parseDouble(out[1]) : -1);
      }
      long wall = (System.nanoTime() - t0) / 1_000_000;
      sampler.stopSampling();
      afterGc.stop();
      long poolPeak = peakHeap();
      System.gc();
      long after = usedHeap();

      byStatus.forEach((status, seconds) -> System.out.printf("status %s: %d requests, latency min %.1f s, max %.1f s%n",
          status, seconds.size(), seconds.stream().mapToDouble(x -> x).min().orElse(0),
          seconds.stream().mapToDouble(x -> x).max().orElse(0)));
      System.out.printf("burst wall time: %,d ms%n", wall);
      System.out.printf("heap used: before %,d MiB; peak %,d MiB (sampled every 5 ms: %,d MiB); after burst + GC %,d MiB%n",
          baseline >> 20, poolPeak >> 20, sampler.peak.get() >> 20, after >> 20);
      System.out.printf("peak live heap (largest heap left after a collection during the burst, %d collections): %,d MiB%n",
          afterGc.collections.get(), afterGc.peak.get() >> 20);
    } finally {
      Files.delete(bodyFile);
    }
  }

  /** {"docs":[20 × {"id","text"}],"words":100} of distinct sentences, at most {@code target} bytes. */
  static byte[] body(long target) {
    List<String> words = new ArrayList<>();
    for (String article : TestServer.articles()) {
      for (String w : article.split("\\s+")) {
        if (w.matches("[\\p{L}][\\p{L}'’-]*[,.]?")) {
          words.add(w.replaceAll("[,.]$", ""));
        }
      }
    }
    for (long chars = target; ; chars -= chars / 50) {
      byte[] body = body(words, chars);
      if (body.length <= target) {
        return body;
      }
    }
  }

  private static byte[] body(List<String> words, long chars) {
    Random random = new Random(42);
    int docs = 20;
    long perDoc = chars / docs - 64;
    ObjectNode root = TestServer.JSON.createObjectNode();
    ArrayNode array = root.putArray("docs");
    for (int d = 0; d < docs; d++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < perDoc - 300) {
        int n = 12 + random.nextInt(18);
        for (int i = 0; i < n; i++) {
          String w = words.get(random.nextInt(words.size()));
          text.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i == n - 1 ? ". " : " ");
        }
        if (random.nextInt(5) == 0) {
          text.append("\n\n");
        }
      }
      array.addObject().put("id", "doc" + d).put("text", text.toString());
    }
    root.put("words", 100);
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks: an upper bound (pools peak at different moments). */
  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** The largest heap occupancy right after a garbage collection: the live data at its peak. */
  private static final class AfterGcPeak {
    final AtomicLong peak = new AtomicLong();
    final AtomicLong collections = new AtomicLong();
    private final List<Runnable> removals = new ArrayList<>();

    AfterGcPeak() {
      for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        javax.management.NotificationEmitter emitter = (javax.management.NotificationEmitter) gc;
        javax.management.NotificationListener listener = (notification, handback) -> {
          if (!notification.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
          }
          var info = com.sun.management.GarbageCollectionNotificationInfo.from(
              (javax.management.openmbean.CompositeData) notification.getUserData());
          long used = 0;
          for (MemoryPoolMXBean pool : heapPools()) {
            var usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            used += usage == null ? 0 : usage.getUsed();
          }
          collections.incrementAndGet();
          peak.accumulateAndGet(used, Math::max);
        };
        emitter.addNotificationListener(listener, null, null);
        removals.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (javax.management.ListenerNotFoundException e) {
            throw new IllegalStateException(e);
          }
        });
      }
    }

    void stop() {
      removals.forEach(Runnable::run);
    }
  }

  /** Samples the used heap in the background and keeps the largest value. */
  private static final class HeapSampler extends Thread {
    final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running.get()) {
        peak.accumulateAndGet(usedHeap(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stopSampling() {
      running.set(false);
    }
  }
}
