package org.newsum.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP service binds and what it accepts. The limits bound memory and time: a request
 * body is at most {@code maxBodyBytes}; at most {@code workers + queueCapacity} requests are
 * admitted at once (others get 503 and their body is dropped unbuffered); each waits at most
 * {@code timeout} for its summary.
 *
 * @param host address to bind, loopback by default
 * @param port TCP port, 0 for any free port
 * @param maxBodyBytes largest accepted request body
 * @param maxDocuments most documents in one request
 * @param workers threads that summarize
 * @param queueCapacity admitted requests that may wait for a worker
 * @param timeout how long a request waits for its summary before a 503
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int maxDocuments, int workers,
    int queueCapacity, Duration timeout) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
  public static final int DEFAULT_MAX_DOCUMENTS = 100;
  public static final int DEFAULT_QUEUE_CAPACITY = 4;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("max body bytes must be 1.." + (Integer.MAX_VALUE - 8) + ", got " + maxBodyBytes);
    }
    if (maxDocuments < 1 || workers < 1 || queueCapacity < 0) {
      throw new IllegalArgumentException("max documents and workers must be at least 1, queue capacity at least 0");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  /** Loopback, port 8080, 4 MiB bodies, 100 documents, one worker per core, 30 s timeout. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DOCUMENTS,
        Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE_CAPACITY, DEFAULT_TIMEOUT);
  }

  public ServerConfig withAddress(String newHost, int newPort) {
    return new ServerConfig(newHost, newPort, maxBodyBytes, maxDocuments, workers, queueCapacity, timeout);
  }

  public ServerConfig withLimits(long newMaxBodyBytes, int newMaxDocuments) {
    return new ServerConfig(host, port, newMaxBodyBytes, newMaxDocuments, workers, queueCapacity, timeout);
  }

  public ServerConfig withConcurrency(int newWorkers, int newQueueCapacity, Duration newTimeout) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, newWorkers, newQueueCapacity, newTimeout);
  }
}
