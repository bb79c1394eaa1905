package org.newsum.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.documents.DocumentReader;
import org.newsum.model.Budget;
import org.newsum.model.Summary;
import org.newsum.output.SummaryJson;
import org.newsum.summarizers.MethodDescription;
import org.newsum.summarizers.MethodOption;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service: the JSON API ({@code POST /api/summarize}, {@code GET /api/methods},
 * {@code GET /health}), its OpenAPI description ({@code /openapi.json}) and the web page at
 * {@code /}, all served from the jar. Every error is {@code {"error": "..."}} with a 4xx or
 * 503 status. Summaries are computed by a {@link SummarizationPool} so that load and slow
 * requests cannot exhaust memory or hang HTTP threads.
 */
public final class NewsumServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsumServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";
  /** A refused body is drained up to this many bytes (or 4 times the limit) before answering. */
  private static final long DISCARD_AT_LEAST_BYTES = 64L * 1024 * 1024;

  private final Newsum newsum;
  private final DocumentReader htmlReader;
  private final ServerConfig config;
  private final SummarizationPool pool;
  private final Javalin app;

  /**
   * @param newsum the pipeline (shared by all requests: it is thread-safe)
   * @param extractor reduces {@code "html"} documents to their article text
   */
  public NewsumServer(Newsum newsum, ArticleExtractor extractor, ServerConfig config) {
    this.newsum = newsum;
    this.htmlReader = new DocumentReader(extractor, config.maxBodyBytes());
    this.config = config;
    this.pool = new SummarizationPool(config.workers(), config.queueCapacity(), config.timeout());
    this.app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.prefer405over404 = true;
      c.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/newsum/server/web";
        files.location = Location.CLASSPATH;
      });
      c.routes.get("/health", ctx -> ctx.contentType(JSON_TYPE).result("{\"status\":\"ok\"}"));
      c.routes.get("/api/methods", ctx -> ctx.contentType(JSON_TYPE).result(methods().toString()));
      c.routes.post("/api/summarize", this::summarize);
      c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      c.routes.exception(NewsumException.class, (e, ctx) -> error(ctx, ApiException.BAD_REQUEST, e.getMessage()));
      c.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
      });
      c.routes.error(404, ctx -> error(ctx, 404, "no such page or endpoint: " + ctx.method() + " " + ctx.path()));
      c.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    });
  }

  /** Binds the configured address and starts serving. */
  public NewsumServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The bound port (the real one when the configuration asked for port 0). */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
  public URI address() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
  }

  private void summarize(Context ctx) throws Exception {
    try (InputStream in = ctx.req().getInputStream()) {
      SummarizationPool.Admission admission = pool.tryAdmit();
      if (admission == null) {
        discard(in);
        throw new ApiException(ApiException.UNAVAILABLE, "server busy: too many summaries in progress, retry shortly");
      }
      try (admission) {
        SummarizeRequest request = SummarizeRequest.parse(readBody(ctx, in), htmlReader, config.maxDocuments());
        ObjectNode response = admission.call(() -> {
          AnalyzedCluster analyzed = newsum.analyze(request.cluster(), request.request());
          Summary summary = newsum.summarize(analyzed, request.request());
          return SummaryJson.toJson(summary, analyzed.cluster());
        });
        ctx.contentType(JSON_TYPE).result(JSON.writeValueAsBytes(response));
      }
    }
  }

  /**
   * The body, refusing (413) one over the size limit whether or not it declares its length.
   * Refused and unadmitted bodies are read and dropped (up to a bound) so that clients that send
   * the whole body before reading the answer get the error rather than a broken connection.
   */
  private byte[] readBody(Context ctx, InputStream in) throws IOException {
    long max = config.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      discard(in);
      throw tooLarge(declared + " bytes");
    }
    byte[] body = in.readNBytes((int) max + 1);
    if (body.length > max) {
      discard(in);
      throw tooLarge("more than " + max + " bytes");
    }
    return body;
  }

  private void discard(InputStream in) throws IOException {
    long limit = Math.max(DISCARD_AT_LEAST_BYTES, 4 * config.maxBodyBytes());
    byte[] buffer = new byte[64 * 1024];
    for (long total = 0; total < limit; ) {
      int n = in.read(buffer);
      if (n < 0) {
        return;
      }
      total += n;
    }
  }

  private ApiException tooLarge(String size) {
    return new ApiException(ApiException.PAYLOAD_TOO_LARGE,
        "request body too large: " + size + " (the limit is " + config.maxBodyBytes() + " bytes)");
  }

  /** {@code GET /api/methods}: the methods with their options, and the request parameters. */
  private ObjectNode methods() {
    ObjectNode root = JSON.createObjectNode();
    root.put("default", Summarizers.DEFAULT);
    ArrayNode methods = root.putArray("methods");
    for (MethodDescription method : Summarizers.describe()) {
      ObjectNode m = methods.addObject();
      m.put("name", method.name());
      m.put("description", method.description());
      ArrayNode options = m.putArray("options");
      for (MethodOption o : method.options()) {
        ObjectNode option = options.addObject();
        option.put("name", o.name());
        option.put("type", o.type() == MethodOption.Type.INTEGER ? "integer" : "number");
        if (o.type() == MethodOption.Type.INTEGER) {
          option.put("default", (long) o.defaultValue());
        } else {
          option.put("default", o.defaultValue());
        }
        option.put("range", o.range().toString());
        option.put("minimum", o.range().min());
        option.put("exclusiveMinimum", !o.range().minIncluded());
        if (!Double.isInfinite(o.range().max())) {
          option.put("maximum", o.range().max());
          option.put("exclusiveMaximum", !o.range().maxIncluded());
        }
        option.put("description", o.description());
      }
    }
    ObjectNode parameters = root.putObject("parameters");
    for (Budget.Unit unit : Budget.Unit.values()) {
      ObjectNode p = parameters.putObject(unit.name().toLowerCase());
      p.put("type", "integer").put("minimum", 1).put("maximum", Budget.MAX_LIMIT)
          .put("description", "summary length in " + unit.name().toLowerCase() + " (give at most one length)");
      if (unit == Budget.Unit.WORDS) {
        p.put("default", SummaryRequest.DEFAULT_BUDGET.limit());
      }
    }
    parameters.putObject("options").put("type", "object")
        .put("description", "optional: the method's options by name, {name: value}, as listed under methods");
    parameters.putObject("query").put("type", "string")
        .put("description", "optional: what the reader wants to know; methods that use a query focus on it");
    ObjectNode limits = root.putObject("limits");
    limits.put("maxBodyBytes", config.maxBodyBytes()).put("maxDocuments", config.maxDocuments());
    return root;
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType(JSON_TYPE).result(JSON.createObjectNode().put("error", message).toString());
  }
}
