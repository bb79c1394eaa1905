package org.newsum.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.server.NewsumServer;
import org.newsum.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsum serve}: runs the JSON API and the web page until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web page and the JSON API (POST /api/summarize, GET /api/methods, GET /health).",
      "Binds to loopback by default; prints the address to open. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
  int port;

  @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
  String host;

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY_BYTES,
      description = "Largest accepted request body in bytes (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--max-docs", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_DOCUMENTS,
      description = "Most documents in one request (default: ${DEFAULT-VALUE}).")
  int maxDocuments;

  @Option(names = "--workers", paramLabel = "N",
      description = "Threads that summarize (default: the number of cores).")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_QUEUE_CAPACITY,
      description = "Requests that may wait for a worker; more get 503 (default: ${DEFAULT-VALUE}).")
  int queueCapacity;

  @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "30",
      description = "How long a request may wait for its summary before a 503 (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--body-timeout-seconds", paramLabel = "S", defaultValue = "10",
      description = "How long a client may take to send its request body, which must also arrive at 8 KiB/s or faster"
          + " after 2 s; slower ones get 408 (default: ${DEFAULT-VALUE}).")
  long bodyTimeoutSeconds;

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "A host name the server may be reached by besides localhost, IP addresses and the --host name"
          + " (repeatable; * allows any). Other Host headers get 403, against DNS rebinding.")
  Set<String> allowedHosts = new LinkedHashSet<>();

  @Option(names = "--allow-fetch",
      description = "Fetch documents given as \"url\" (off by default); loopback, private, link-local and multicast"
          + " addresses are refused, also after redirects.")
  boolean allowFetch;

  @Option(names = "--allow-private-fetch",
      description = "With --allow-fetch, fetch from private and loopback addresses too (tests, trusted networks).")
  boolean allowPrivateFetch;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config;
    try {
      ServerConfig defaults = ServerConfig.defaults();
      config = defaults.withAddress(host, port).withLimits(maxBodyBytes, maxDocuments)
          .withConcurrency(workers != null ? workers : defaults.workers(), queueCapacity, Duration.ofSeconds(timeoutSeconds))
          .withBodyLimits(Duration.ofSeconds(bodyTimeoutSeconds), defaults.minBodyBytesPerSecond())
          .withAllowedHosts(allowedHosts)
          .withUrlFetch(!allowFetch ? ServerConfig.UrlFetch.OFF
              : allowPrivateFetch ? ServerConfig.UrlFetch.ANY : ServerConfig.UrlFetch.PUBLIC);
      if (allowPrivateFetch && !allowFetch) {
        throw new IllegalArgumentException("--allow-private-fetch needs --allow-fetch");
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    NewsumServer server = new NewsumServer(Newsum.standard(), ArticleExtractor.standard(), config);
    try {
      server.start();
    } catch (RuntimeException e) {
      server.close();
      throw new NewsumException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "newsum-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("newsum: listening on " + server.address() + " (Ctrl-C to stop)");
    out.flush();
    stopped.await();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }
}
