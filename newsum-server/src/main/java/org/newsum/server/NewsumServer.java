package org.newsum.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.FetchLimits;
import org.newsum.model.Budget;
import org.newsum.model.Summary;
import org.newsum.output.SummaryJson;
import org.newsum.stories.StoryOptions;
import org.newsum.summarizers.MethodDescription;
import org.newsum.summarizers.MethodOption;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.LanguageDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service: the JSON API ({@code POST /api/summarize}, {@code POST /api/stories}, {@code GET /api/methods},
 * {@code GET /health}), its OpenAPI description ({@code /openapi.json}) and the web page at
 * {@code /}, all served from the jar. Every error, Jetty's own included, is
 * {@code {"error": "..."}} with a 4xx or 503 status. Bodies are read within size, time and rate
 * limits ({@link RequestBodies}) and summaries computed by a {@link SummarizationPool}, so that
 * load, slow clients and slow requests cannot exhaust memory or hang HTTP threads. Requests for
 * other host names are refused (DNS rebinding) and the API takes only {@code application/json}
 * (so a web page elsewhere cannot post to it without a CORS preflight, which is refused).
 */
public final class NewsumServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsumServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";

  private final Newsum newsum;
  private final DocumentReader reader;
  private final ServerConfig config;
  private final SummarizationPool pool;
  private final RequestBodies bodies;
  private final HostCheck hosts;
  private final Javalin app;

  /**
   * @param newsum the pipeline (shared by all requests: it is thread-safe)
   * @param extractor reduces {@code "html"} documents (and HTML pasted as {@code "text"}) to their article text
   */
  public NewsumServer(Newsum newsum, ArticleExtractor extractor, ServerConfig config) {
    this.newsum = newsum;
    FetchLimits fetchLimits = config.urlFetch() == ServerConfig.UrlFetch.ANY ? FetchLimits.defaults() : FetchLimits.defaults().publicOnly();
    this.reader = new DocumentReader(extractor, config.maxBodyBytes(), fetchLimits);
    this.config = config;
    this.pool = new SummarizationPool(config.workers(), config.queueCapacity(), config.timeout());
    this.bodies = new RequestBodies(config);
    this.hosts = new HostCheck(config.host(), config.allowedHosts());
    this.app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.prefer405over404 = true;
      c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      c.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
      c.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/newsum/server/web";
        files.location = Location.CLASSPATH;
      });
      c.routes.before(this::checkHostAndAddHeaders);
      c.routes.get("/health", ctx -> ctx.contentType(JSON_TYPE).result("{\"status\":\"ok\"}"));
      c.routes.get("/api/methods", ctx -> ctx.contentType(JSON_TYPE).result(methods().toString()));
      c.routes.post("/api/summarize", this::summarize);
      c.routes.post("/api/stories", this::stories);
      c.routes.exception(ApiException.class, (e, ctx) -> {
        if (e.status() == ApiException.REQUEST_TIMEOUT || e.status() == ApiException.PAYLOAD_TOO_LARGE
            || e.status() == ApiException.UNSUPPORTED_MEDIA_TYPE) {
          ctx.header("Connection", "close"); // the rest of the body is not waited for
        }
        if (e.retryShortly()) {
          ctx.header("Retry-After", "1");
        }
        error(ctx, e.status(), e.getMessage());
      });
      c.routes.exception(NewsumException.class, (e, ctx) -> error(ctx, ApiException.BAD_REQUEST, e.getMessage()));
      c.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
      });
      c.routes.error(404, ctx -> error(ctx, 404, "no such page or endpoint: " + ctx.method() + " " + ctx.path()));
      c.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    });
  }

  /**
   * Binds the configured address and starts serving.
   *
   * @throws UncheckedIOException if the address cannot be bound (in use, not local), found before
   *     Javalin starts so that the caller's message is the only one: Javalin logs its own failure to
   *     start as an error (its logger stays on for the errors of a running server)
   */
  public NewsumServer start() {
    if (config.port() != 0) {
      try (ServerSocket probe = new ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new InetSocketAddress(config.host(), config.port()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port(), e);
      }
    }
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

  /** Every answer carries the security headers; a request for a host name not served is refused (DNS rebinding). */
  private void checkHostAndAddHeaders(Context ctx) {
    SecurityHeaders.HEADERS.forEach(ctx::header);
    String host = ctx.header("Host");
    if (!hosts.allows(host)) {
      throw new ApiException(ApiException.FORBIDDEN, "host '" + host + "' is not served here; use " + address()
          + " or start the server with --allowed-host " + HostCheck.name(host));
    }
  }

  /** {@code POST /api/summarize}: one summary of the documents. */
  private void summarize(Context ctx) throws Exception {
    answer(ctx, body -> {
      SummarizeRequest request = SummarizeRequest.parse(body, reader, config.maxDocuments(), fetchUrls());
      AnalyzedCluster analyzed = newsum.analyze(request.cluster(), request.request());
      Summary summary = newsum.summarize(analyzed, request.request());
      return SummaryJson.toJson(summary, analyzed.cluster());
    });
  }

  /** {@code POST /api/stories}: the articles grouped into stories, each summarized, within the same limits. */
  private void stories(Context ctx) throws Exception {
    answer(ctx, body -> StoriesRequest.parse(body, reader, config.maxDocuments(), fetchUrls())
        .answer(newsum, LanguageDetector.standard()));
  }

  private boolean fetchUrls() {
    return config.urlFetch() != ServerConfig.UrlFetch.OFF;
  }

  /**
   * Answers a JSON post with what {@code work} makes of its body. The body is read in full (within
   * the size, time and rate limits) before the request asks for a place, so slow clients never
   * take one; then {@code work} (parsing, fetching, cleaning, summarizing) runs on a worker within
   * the request timeout.
   */
  private void answer(Context ctx, java.util.function.Function<byte[], ObjectNode> work) throws Exception {
    if (!isJson(ctx.req().getContentType())) {
      bodies.discard(ctx.req());
      throw new ApiException(ApiException.UNSUPPORTED_MEDIA_TYPE, "the body must be JSON sent as Content-Type: application/json"
          + (ctx.req().getContentType() == null ? "" : ", not " + ctx.req().getContentType()));
    }
    try (RequestBodies.Body body = bodies.read(ctx.req());
        SummarizationPool.Admission admission = pool.tryAdmit()) {
      if (admission == null) {
        throw ApiException.busy("summaries in progress");
      }
      ObjectNode response = admission.call(() -> work.apply(body.take()));
      ctx.contentType(JSON_TYPE).result(JSON.writeValueAsBytes(response));
    }
  }

  /** {@code application/json}, with or without parameters such as a charset. */
  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().equalsIgnoreCase(JSON_TYPE);
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
    limits.put("maxBodyBytes", config.maxBodyBytes()).put("maxDocuments", config.maxDocuments())
        .put("fetchUrls", fetchUrls());
    ObjectNode stories = root.putObject("stories");
    stories.put("endpoint", "POST /api/stories").put("description", "group a feed of articles into stories"
        + " (one real-world event each) and summarize each; \"grouping\" sets these parameters");
    ObjectNode grouping = stories.putObject("grouping");
    StoryOptions.DEFAULT.asMap().forEach((name, value) -> grouping.set(name, "true".equals(value) || "false".equals(value)
        ? JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value)) : JSON.getNodeFactory().numberNode(new BigDecimal(value))));
    return root;
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType(JSON_TYPE).result(JSON.createObjectNode().put("error", message).toString());
  }
}
